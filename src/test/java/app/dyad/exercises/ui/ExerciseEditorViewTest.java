package app.dyad.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.exercises.ExerciseDetails;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseMode;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.Visibility;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** "New exercise" opens an editor; only Save puts an exercise in the library. */
@DyadSpringTest
class ExerciseEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ExerciseLibrary library;

    String tag;

    @BeforeEach
    void aCounselor() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        accounts.signInAs("ed-" + tag + "@test.dyad", "Maya " + tag, Role.COUNSELOR);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long ownExercises() {
        return library.count(new LibraryFilter(null, "", null, null));
    }

    @Test
    void aNewExerciseLeftWithoutSavingLeavesNothingInTheLibrary() {
        long before = ownExercises();
        navigate(LibraryView.class);

        test($(Button.class).id("new-exercise")).click();
        assertThat(getCurrentView()).isInstanceOf(ExerciseEditorView.class);
        navigate(LibraryView.class);

        assertThat(ownExercises()).as("no blank exercise left behind").isEqualTo(before);
    }

    @Test
    void savingTheNewExerciseStoresItOnceAndOpensIt() {
        long before = ownExercises();
        navigate(LibraryView.class);
        test($(Button.class).id("new-exercise")).click();
        ExerciseEditorView editor = (ExerciseEditorView) getCurrentView();
        test(editor.title).setValue("Evening check " + tag);
        test(editor.purpose).setValue("Notice one kind thing each evening.");
        test(editor.steps).setValue("Write it down\nTell your partner");
        editor.mode.setValue(ExerciseMode.EACH_SEPARATELY);
        editor.visibility.setValue(Visibility.SHARED);

        test($(Button.class).id("save-exercise")).click();

        assertThat(ownExercises()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(ExerciseView.class);
        ExerciseDetails saved =
                library.find(new LibraryFilter(null, "Evening check " + tag, null, null), PageRequest.of(0, 1)).stream()
                        .map(s -> library.get(s.id()).orElseThrow())
                        .findFirst()
                        .orElseThrow();
        assertThat(saved.summary().purpose()).isEqualTo("Notice one kind thing each evening.");
    }
}
