package app.dyad.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.Pages;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.AuditReview;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@DyadSpringTest
class HomeworkServicesTest {

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditReview review;

    String tag;
    SignedInUser counselor;
    SignedInUser alex;
    SignedInUser admin;
    long coupleId;
    long alexId;
    long samId;
    long exerciseId;
    long textQuestion;

    @BeforeEach
    void couple() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        counselor = accounts.ensure("hc-" + tag + "@test.dyad", "Counselor", Role.COUNSELOR);
        alex = accounts.ensure("ha-" + tag + "@test.dyad", "Alex", Role.CLIENT);
        accounts.ensure("hs-" + tag + "@test.dyad", "Sam", Role.CLIENT);
        admin = accounts.signInAs("hadmin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        coupleId = admins.createCouple(new NewCouple(
                        new PartnerDetails("Alex", tag, null, null, "ha-" + tag + "@test.dyad", null, null),
                        new PartnerDetails("Sam", tag, null, null, "hs-" + tag + "@test.dyad", null, null),
                        null,
                        LocalDate.of(2026, 1, 1),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()))
                .coupleId();
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        var file = couples.getCouple(coupleId);
        alexId = file.partnerOne().id();
        samId = file.partnerTwo().id();
        exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id -> library.get(id).orElseThrow().prompts().stream()
                        .anyMatch(prompt -> prompt.kind() == PromptKind.TEXT))
                .findFirst()
                .orElseThrow();
        textQuestion = library.get(exerciseId).orElseThrow().prompts().stream()
                .filter(prompt -> prompt.kind() == PromptKind.TEXT)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long assign(Visibility visibility) {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        return homework.assign(
                        coupleId,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId,
                                Audience.BOTH_SEPARATELY,
                                null,
                                LocalDate.of(2026, 12, 24),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                visibility))
                .getFirst();
    }

    private HomeworkItem asCounselor(long assignmentId) {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        return Pages.all(p -> homework.homeworkOfCouple(coupleId, p)).stream()
                .filter(i -> i.id() == assignmentId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void weeklyRecurrenceCreatesOneAssignmentPerWeek() {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        List<Long> ids = homework.assign(
                coupleId,
                UUID.randomUUID(),
                new NewAssignment(
                        exerciseId,
                        Audience.ONE_PARTNER,
                        samId,
                        LocalDate.of(2026, 12, 1),
                        NewAssignment.Recurrence.WEEKLY,
                        3,
                        "every week",
                        Visibility.SHARED));
        assertThat(ids).hasSize(3);
        assertThat(Pages.all(p -> homework.homeworkOfCouple(coupleId, p)))
                .filteredOn(i -> ids.contains(i.id()))
                .extracting(HomeworkItem::dueOn)
                .containsExactlyInAnyOrder(
                        LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15));
        accounts.signInAs(alex.email(), "", Role.CLIENT);
        assertThat(Pages.all(p -> myHomework.page(p)))
                .extracting(HomeworkItem::id)
                .doesNotContainAnyElementsOf(ids);
    }

    @Test
    void whoSeesTheAnswersCannotChangeOnceSomeoneStartedAnswering() {
        long id = assign(Visibility.COUNSELOR_ONLY);
        accounts.signInAs(alex.email(), "", Role.CLIENT);
        myHomework.saveDraft(id, Map.of(textQuestion, "private thoughts"), MyHomework.NO_ANSWER_YET);

        HomeworkItem item = asCounselor(id);
        assertThatThrownBy(() -> homework.edit(id, item.version(), item.dueOn(), null, Visibility.SHARED))
                .isInstanceOf(InvalidInputException.class);
        homework.edit(id, item.version(), item.dueOn().plusDays(2), "more time", Visibility.COUNSELOR_ONLY);
        assertThat(asCounselor(id).dueOn()).isEqualTo(LocalDate.of(2026, 12, 26));
    }

    @Test
    void feedbackOnCounselorOnlyAnswersGoesToOnePartnerAtATime() {
        long id = assign(Visibility.COUNSELOR_ONLY);
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        assertThatThrownBy(() -> homework.giveFeedback(id, null, "to both")).isInstanceOf(InvalidInputException.class);
        homework.giveFeedback(id, alexId, "just for Alex");

        accounts.signInAs("hs-" + tag + "@test.dyad", "", Role.CLIENT);
        assertThat(Pages.all(p -> myHomework.page(p)))
                .filteredOn(i -> i.id() == id)
                .singleElement()
                .satisfies(i -> assertThat(i.feedback()).isEmpty());
        accounts.signInAs(alex.email(), "", Role.CLIENT);
        assertThat(Pages.all(p -> myHomework.page(p)))
                .filteredOn(i -> i.id() == id)
                .singleElement()
                .satisfies(i ->
                        assertThat(i.feedback()).extracting(FeedbackView::text).containsExactly("just for Alex"));
    }

    @Test
    void aSubmittedAnswerIsFinalAndItsAssignmentCanNoLongerBeCancelled() {
        long id = assign(Visibility.SHARED);
        accounts.signInAs(alex.email(), "", Role.CLIENT);
        ResponseView submitted = myHomework.submit(id, Map.of(textQuestion, "done"), MyHomework.NO_ANSWER_YET);
        assertThatThrownBy(() -> myHomework.saveDraft(id, Map.of(textQuestion, "changed my mind"), submitted.version()))
                .isInstanceOf(InvalidInputException.class);

        HomeworkItem item = asCounselor(id);
        assertThatThrownBy(() -> homework.cancel(id, item.version())).isInstanceOf(InvalidInputException.class);
        assertThat(asCounselor(id).responses())
                .extracting(r -> r.answers().get(textQuestion))
                .containsExactly("done");
    }

    @Test
    void aCounselorNeverSeesAPartnersUnfinishedDraft() {
        long id = assign(Visibility.SHARED);
        accounts.signInAs(alex.email(), "", Role.CLIENT);
        myHomework.saveDraft(id, Map.of(textQuestion, "half a thought"), MyHomework.NO_ANSWER_YET);
        HomeworkItem item = asCounselor(id);
        assertThat(item.responses()).isEmpty();
        assertThat(item.progress())
                .extracting(HomeworkItem.PartnerProgress::state)
                .containsExactly(ResponseState.DRAFT);
    }

    @Test
    void adminsAndOtherCounselorsGetNoHomeworkAndClientsCannotAssign() {
        long id = assign(Visibility.SHARED);
        accounts.signInAs(admin.email(), "", Role.ADMIN);
        assertThatThrownBy(() -> Pages.all(p -> homework.homeworkOfCouple(coupleId, p)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> homework.giveFeedback(id, null, "admin says"))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signInAs("other-" + tag + "@test.dyad", "Other", Role.COUNSELOR);
        assertThatThrownBy(() -> Pages.all(p -> homework.homeworkOfCouple(coupleId, p)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> homework.cancel(id, 0)).isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(alex.email(), "", Role.CLIENT);
        assertThatThrownBy(() -> homework.assign(
                        coupleId,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId,
                                Audience.JOINT,
                                null,
                                LocalDate.of(2026, 12, 24),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                Visibility.SHARED)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRefusedCallOnAnAssignmentSaysWhichAssignmentAndCoupleWereAskedFor() {
        long id = assign(Visibility.SHARED);
        accounts.signInAs(alex.email(), "", Role.CLIENT);
        assertThatThrownBy(() -> homework.cancel(id, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> homework.lastFourWeeks(coupleId)).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(admin.email(), "", Role.ADMIN);
        List<AuditRecord> refused = review.find(
                new AuditQuery(alex.email(), null, AuditAction.SERVICE_CALL, AuditOutcome.DENIED, null, null),
                PageRequest.of(0, 10));
        assertThat(refused)
                .extracting(AuditRecord::detail)
                .contains(
                        "HomeworkService.cancel(assignmentId=" + id + ")",
                        "HomeworkService.lastFourWeeks(coupleId=" + coupleId + ")");
        assertThat(refused)
                .filteredOn(r -> r.detail().startsWith("HomeworkService.lastFourWeeks"))
                .extracting(AuditRecord::coupleId)
                .containsOnly(coupleId);
    }

    @Test
    void answersThatDoNotFitTheirQuestionsAreRefusedWithAClearMessageAndNothingIsSaved() {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        long mine = library.duplicate(exerciseId);
        ExerciseDetails copy = library.get(mine).orElseThrow();
        library.save(
                mine,
                new ExerciseDraft(
                        copy.version(),
                        copy.strategy().id(),
                        "Every kind of question " + tag,
                        copy.summary().purpose(),
                        copy.steps(),
                        copy.summary().minutes(),
                        copy.summary().mode(),
                        copy.frequency(),
                        Visibility.SHARED,
                        false,
                        List.of(
                                new ExerciseDraft.Prompt(PromptKind.TEXT, "In your words", List.of()),
                                new ExerciseDraft.Prompt(PromptKind.SCALE, "How close", List.of("far", "close")),
                                new ExerciseDraft.Prompt(PromptKind.YES_NO, "Did you?", List.of()),
                                new ExerciseDraft.Prompt(PromptKind.CHECKLIST, "What helped", List.of("Walk", "Talk")),
                                new ExerciseDraft.Prompt(PromptKind.PLAN, "When", List.of()))));
        Map<PromptKind, Long> prompt = library.get(mine).orElseThrow().prompts().stream()
                .collect(Collectors.toMap(PromptView::kind, PromptView::id));
        long id = homework.assign(
                        coupleId,
                        UUID.randomUUID(),
                        new NewAssignment(
                                mine,
                                Audience.BOTH_SEPARATELY,
                                null,
                                LocalDate.of(2026, 12, 24),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                Visibility.SHARED))
                .getFirst();
        long otherExercisesPrompt =
                library.get(exerciseId).orElseThrow().prompts().getFirst().id();

        accounts.signInAs(alex.email(), "", Role.CLIENT);
        List<Map<Long, String>> unfitting = List.of(
                Map.of(otherExercisesPrompt, "an answer to another exercise's question"),
                Map.of(prompt.get(PromptKind.SCALE), "11"),
                Map.of(prompt.get(PromptKind.SCALE), "0"),
                Map.of(prompt.get(PromptKind.SCALE), "seven"),
                Map.of(prompt.get(PromptKind.YES_NO), "maybe"),
                Map.of(prompt.get(PromptKind.CHECKLIST), "Walk\nSkydive"),
                Map.of(prompt.get(PromptKind.PLAN), "next Tuesday"),
                Map.of(prompt.get(PromptKind.TEXT), "x".repeat(ResponseView.ANSWER_MAX_LENGTH + 1)));
        for (Map<Long, String> answers : unfitting) {
            assertThatThrownBy(() -> myHomework.saveDraft(id, answers, MyHomework.NO_ANSWER_YET))
                    .as("draft %s", answers.values())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsKey("answers"));
            assertThatThrownBy(() -> myHomework.submit(id, answers, MyHomework.NO_ANSWER_YET))
                    .as("submission %s", answers.values())
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(myHomework.exercise(id).myResponse()).as("nothing was saved").isEmpty();

        myHomework.submit(
                id,
                Map.of(
                        prompt.get(PromptKind.TEXT), "مرحبا — שלום — 你好 — 👋 " + "x".repeat(100),
                        prompt.get(PromptKind.SCALE), "10",
                        prompt.get(PromptKind.YES_NO), "no",
                        prompt.get(PromptKind.CHECKLIST), "Walk\nTalk",
                        prompt.get(PromptKind.PLAN), "2026-12-20T18:30"),
                MyHomework.NO_ANSWER_YET);
        assertThat(myHomework.exercise(id).myResponse().orElseThrow().state()).isEqualTo(ResponseState.SUBMITTED);
    }

    private long assignJoint() {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        return homework.assign(
                        coupleId,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId,
                                Audience.JOINT,
                                null,
                                LocalDate.of(2026, 12, 24),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                Visibility.SHARED))
                .getFirst();
    }

    @Test
    void startingAJointAnswerTheOtherPartnerJustSavedIsAConflictNotAnOverwrite() {
        long id = assignJoint();
        accounts.signInAs(alex.email(), "", Role.CLIENT);
        myHomework.saveDraft(id, Map.of(textQuestion, "Alex's half of our answer"), MyHomework.NO_ANSWER_YET);

        accounts.signInAs("hs-" + tag + "@test.dyad", "", Role.CLIENT);
        assertThatThrownBy(() -> myHomework.saveDraft(
                        id, Map.of(textQuestion, "Sam, who had the page open before"), MyHomework.NO_ANSWER_YET))
                .isInstanceOf(EditConflictException.class);
        assertThat(myHomework.exercise(id).myResponse().orElseThrow().answers())
                .containsEntry(textQuestion, "Alex's half of our answer");
    }

    @Test
    void twoPartnersStartingTheSameJointAnswerAtOnceMakeOneAnswerAndOneConflict() throws Exception {
        long id = assignJoint();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService twoPhones = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String email : List.of(alex.email(), "hs-" + tag + "@test.dyad")) {
                outcomes.add(twoPhones.submit(() -> {
                    accounts.signInAs(email, "", Role.CLIENT);
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        myHomework.saveDraft(
                                id, Map.of(textQuestion, "first words of " + email), MyHomework.NO_ANSWER_YET);
                        return "saved " + email;
                    } catch (EditConflictException conflict) {
                        return "conflict";
                    } finally {
                        TestAccounts.signOut();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).as("one saves, the other is told").containsOnlyOnce("conflict");
            String winner = results.stream()
                    .filter(r -> r.startsWith("saved "))
                    .findFirst()
                    .orElseThrow()
                    .substring(6);

            accounts.signInAs(alex.email(), "", Role.CLIENT);
            HomeworkItem item = myHomework.exercise(id).homework();
            assertThat(item.responses()).as("one joint answer, never two rows").hasSize(1);
            assertThat(item.responses().getFirst().answers()).containsEntry(textQuestion, "first words of " + winner);
        } finally {
            twoPhones.shutdownNow();
        }
    }
}
