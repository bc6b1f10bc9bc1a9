package app.dyad.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.ui.CoupleView;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.Visibility;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.SessionsClinic;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Cancelling homework takes a second, deliberate click: one stray click must not withdraw it (issue 11, item 13). */
@DyadSpringTest
class HomeworkTabTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    HomeworkService homework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    ClinicCalendar calendar;

    SessionsClinic clinic;
    long assignment;

    @BeforeEach
    void assignOneExercise() {
        clinic = new SessionsClinic(accounts, admins, couples);
        clinic.asCounselorOne();
        long exercise = library.find(LibraryFilter.everything(), PageRequest.of(0, 1))
                .getFirst()
                .id();
        assignment = homework.assign(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exercise,
                                Audience.ONE_PARTNER,
                                clinic.ada,
                                calendar.today().plusDays(7),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                Visibility.SHARED))
                .getFirst();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private boolean cancelled() {
        return homework.homeworkOfCouple(clinic.coupleOne, PageRequest.of(0, 20)).stream()
                .filter(item -> item.id() == assignment)
                .findFirst()
                .map(HomeworkItem::cancelled)
                .orElseThrow();
    }

    private void clickCancel() {
        navigate(CoupleView.class, clinic.coupleOne);
        find(TabSheet.class).single().setSelectedIndex(1);
        test(find(Button.class).withText("Cancel").single()).click();
    }

    @Test
    void cancellingAsksFirstAndKeepingItChangesNothing() {
        clickCancel();

        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(cancelled()).as("cancelled before the counselor confirmed").isFalse();

        confirm.close();
        assertThat(cancelled())
                .as("cancelled after the counselor chose to keep it")
                .isFalse();
    }

    @Test
    void confirmingCancelsIt() {
        clickCancel();

        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(cancelled()).isTrue();
    }

    @Test
    void theAssignDialogsErrorGoesOnceAnExerciseIsChosenAndAssigningSaysItWorked() {
        navigate(CoupleView.class, clinic.coupleOne);
        find(TabSheet.class).single().setSelectedIndex(1);
        test(find(Button.class).id("assign-exercise")).click();
        AssignDialog dialog = find(AssignDialog.class).single();

        test(find(Button.class).id("assign-save")).click();
        assertThat(dialog.exercise.isInvalid()).as("no exercise chosen").isTrue();

        ExerciseSummary first =
                library.find(LibraryFilter.everything(), PageRequest.of(0, 1)).getFirst();
        dialog.exercise.setValue(first);
        assertThat(dialog.exercise.isInvalid())
                .as("the error stays after a value is chosen")
                .isFalse();
        assertThat(dialog.exercise.getErrorMessage()).isNullOrEmpty();

        test(find(Button.class).id("assign-save")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(Notification.class).all())
                .extracting(note -> test(note).getText())
                .anySatisfy(text -> assertThat(text).startsWith("Assigned: " + first.title() + ", due "));
    }

    @Test
    void sendingFeedbackSaysToWhomItWent() {
        HomeworkItem item = homework.homeworkItem(assignment);
        new AnswersDialog(homework, library, homework.partnersOf(clinic.coupleOne), item, () -> {}).open();
        test(find(TextArea.class).id("feedback-text")).setValue("Thank you for trying this.");

        test(find(Button.class).id("feedback-send")).click();

        assertThat(find(Notification.class).all())
                .extracting(note -> test(note).getText())
                .anySatisfy(text -> assertThat(text).isEqualTo("Feedback sent to both partners"));
    }
}
