package app.dyad.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.Pages;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@DyadSpringTest
class CustomExerciseTest {

    @Autowired
    ExerciseLibrary library;

    @Autowired
    HomeworkService homework;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    TestAccounts accounts;

    String tag;
    SignedInUser maya;
    SignedInUser jon;
    long libraryExercise;

    @BeforeEach
    void counselors() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        maya = accounts.signInAs("cm-" + tag + "@test.dyad", "Maya", Role.COUNSELOR);
        jon = accounts.ensure("cj-" + tag + "@test.dyad", "Jon", Role.COUNSELOR);
        libraryExercise = library.find(new LibraryFilter(null, "Small promises", null, null), PageRequest.of(0, 1))
                .getFirst()
                .id();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private ExerciseDraft draft(ExerciseDetails d, String title, boolean shared, List<ExerciseDraft.Prompt> prompts) {
        return new ExerciseDraft(
                d.version(),
                d.strategy().id(),
                title,
                d.summary().purpose(),
                d.steps(),
                d.summary().minutes(),
                d.summary().mode(),
                d.frequency(),
                d.summary().defaultVisibility(),
                shared,
                prompts);
    }

    /** The editor's blank start with a title, a purpose and a step written in. */
    private ExerciseDraft written(ExerciseDetails blank, String title) {
        return new ExerciseDraft(
                blank.version(),
                blank.strategy().id(),
                title,
                "Notice one kind thing each evening.",
                List.of("Write it down"),
                blank.summary().minutes(),
                ExerciseMode.EACH_SEPARATELY,
                blank.frequency(),
                Visibility.SHARED,
                false,
                promptsOf(blank));
    }

    private List<ExerciseDraft.Prompt> promptsOf(ExerciseDetails d) {
        return d.prompts().stream()
                .map(p -> new ExerciseDraft.Prompt(p.kind(), p.label(), p.options()))
                .toList();
    }

    @Test
    void aDuplicateIsTheCounselorsOwnAndTheLibraryStaysReadOnly() {
        long copy = library.duplicate(libraryExercise);
        ExerciseDetails original = library.get(libraryExercise).orElseThrow();
        ExerciseDetails mine = library.get(copy).orElseThrow();
        assertThat(mine.summary().origin()).isEqualTo(ExerciseOrigin.CUSTOM);
        assertThat(mine.editableBy(maya.accountId())).isTrue();
        assertThat(mine.prompts())
                .extracting(PromptView::label)
                .containsExactlyElementsOf(
                        original.prompts().stream().map(PromptView::label).toList());

        assertThatThrownBy(() -> library.save(libraryExercise, draft(original, "Hijacked", false, promptsOf(original))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> library.delete(libraryExercise)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyLibraryContentCarriesAnArticleAttribution() {
        long copy = library.duplicate(libraryExercise);
        ExerciseDetails start = library.blank(library.strategies().getFirst().id());
        long blank = library.create(UUID.randomUUID(), written(start, "Mine " + tag));

        assertThat(library.get(libraryExercise).orElseThrow().sourceArticle()).isNotBlank();
        // the counselor wrote (or rewrote) these: no article is named as their source
        assertThat(library.get(copy).orElseThrow().sourceArticle()).isEmpty();
        assertThat(library.get(blank).orElseThrow().sourceArticle()).isEmpty();
    }

    @Test
    void aNewExerciseIsStoredOnlyWhenSavedAndOnceForADoubleClick() {
        LibraryFilter mine = new LibraryFilter(null, "Fresh " + tag, null, null);
        ExerciseDetails start = library.blank(library.strategies().getFirst().id());
        assertThat(library.count(mine)).as("opening the editor stores nothing").isZero();

        UUID save = UUID.randomUUID();
        long first = library.create(save, written(start, "Fresh " + tag));
        long again = library.create(save, written(start, "Fresh " + tag));

        assertThat(again).isEqualTo(first);
        assertThat(library.count(mine)).isEqualTo(1);
        assertThat(library.get(first).orElseThrow().editableBy(maya.accountId()))
                .isTrue();
        assertThat(library.get(first).orElseThrow().prompts())
                .extracting(PromptView::label)
                .containsExactly("Your thoughts");
    }

    @Test
    void questionsCanBeAddedRemovedReorderedAndRetyped() {
        long copy = library.duplicate(libraryExercise);
        ExerciseDetails mine = library.get(copy).orElseThrow();
        library.save(
                copy,
                draft(
                        mine,
                        "My promises log " + tag,
                        false,
                        List.of(
                                new ExerciseDraft.Prompt(PromptKind.YES_NO, "Did you keep today's promise?", List.of()),
                                new ExerciseDraft.Prompt(
                                        PromptKind.CHECKLIST,
                                        "What helped?",
                                        List.of("Reminder", "Time", "Support")))));
        assertThat(library.get(copy).orElseThrow().prompts())
                .extracting(PromptView::kind, PromptView::label)
                .containsExactly(
                        Tuple.tuple(PromptKind.YES_NO, "Did you keep today's promise?"),
                        Tuple.tuple(PromptKind.CHECKLIST, "What helped?"));

        ExerciseDetails saved = library.get(copy).orElseThrow();
        assertThatThrownBy(() -> library.save(
                        copy,
                        draft(
                                saved,
                                "x",
                                false,
                                List.of(new ExerciseDraft.Prompt(
                                        PromptKind.CHECKLIST, "Only one item", List.of("Lonely"))))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("prompts[0].options"));
    }

    @Test
    void aPrivateExerciseIsInvisibleToOtherCounselorsUntilSharedAndNeverTheirsToChange() {
        long copy = library.duplicate(libraryExercise);
        ExerciseDetails mine = library.get(copy).orElseThrow();
        library.save(copy, draft(mine, "Maya's version " + tag, false, promptsOf(mine)));

        accounts.signInAs(jon.email(), "", Role.COUNSELOR);
        assertThat(library.get(copy)).isEmpty();
        assertThat(library.find(new LibraryFilter(null, tag, null, null), PageRequest.of(0, 10)))
                .isEmpty();

        accounts.signInAs(maya.email(), "", Role.COUNSELOR);
        ExerciseDetails reloaded = library.get(copy).orElseThrow();
        library.save(copy, draft(reloaded, "Maya's version " + tag, true, promptsOf(reloaded)));

        accounts.signInAs(jon.email(), "", Role.COUNSELOR);
        ExerciseDetails seenByJon = library.get(copy).orElseThrow();
        assertThat(seenByJon.editableBy(jon.accountId())).isFalse();
        assertThatThrownBy(() -> library.save(copy, draft(seenByJon, "Jon's edit", true, promptsOf(seenByJon))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deletingAnAssignedExerciseArchivesItAndFreezesItsQuestions() {
        long copy = library.duplicate(libraryExercise);
        accounts.signInAs("ca-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        long couple = admins.createCouple(new NewCouple(
                        new PartnerDetails("A", tag, null, null, null, null, null),
                        new PartnerDetails("B", tag, null, null, null, null, null),
                        null,
                        LocalDate.of(2026, 1, 1),
                        CoupleStatus.ACTIVE,
                        maya.accountId()))
                .coupleId();
        accounts.signInAs(maya.email(), "", Role.COUNSELOR);
        homework.assign(
                couple,
                UUID.randomUUID(),
                new NewAssignment(
                        copy,
                        Audience.JOINT,
                        null,
                        LocalDate.of(2026, 12, 24),
                        NewAssignment.Recurrence.ONCE,
                        1,
                        null,
                        Visibility.SHARED));

        ExerciseDetails mine = library.get(copy).orElseThrow();
        assertThatThrownBy(() -> library.save(
                        copy,
                        draft(
                                mine,
                                "Changed",
                                false,
                                List.of(new ExerciseDraft.Prompt(PromptKind.TEXT, "A new question", List.of())))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("prompts"));

        library.delete(copy);
        assertThat(library.find(new LibraryFilter(null, "", null, null), PageRequest.of(0, 200)))
                .extracting(ExerciseSummary::id)
                .doesNotContain(copy);
        assertThat(Pages.all(p -> homework.homeworkOfCouple(couple, p)))
                .extracting(HomeworkItem::exerciseId)
                .containsExactly(copy);
    }
}
