package app.dyad.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.dyad.DyadSpringTest;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.AuditReview;
import app.dyad.base.ClinicCalendar;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** An empty answer cannot be handed in; a handed-in one can be sent back for revision, with a reason. */
@DyadSpringTest
class HomeworkRevisionTest {

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
    ClinicCalendar calendar;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditReview review;

    String tag;
    SignedInUser counselor;
    SignedInUser alex;
    SignedInUser sam;
    SignedInUser admin;
    long coupleId;
    long alexId;
    long samId;
    long exerciseId;
    long textQuestion;

    @BeforeEach
    void couple() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        counselor = accounts.ensure("rc-" + tag + "@test.dyad", "Counselor", Role.COUNSELOR);
        alex = accounts.ensure("ra-" + tag + "@test.dyad", "Alex", Role.CLIENT);
        sam = accounts.ensure("rs-" + tag + "@test.dyad", "Sam", Role.CLIENT);
        admin = accounts.signInAs("radmin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        coupleId = admins.createCouple(new NewCouple(
                        new PartnerDetails("Alex", tag, null, null, alex.email(), null, null),
                        new PartnerDetails("Sam", tag, null, null, sam.email(), null, null),
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

    private long assign(Audience audience, Visibility visibility) {
        return assign(audience, visibility, LocalDate.of(2026, 12, 24));
    }

    private long assign(Audience audience, Visibility visibility, LocalDate due) {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        return homework.assign(
                        coupleId,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId, audience, null, due, NewAssignment.Recurrence.ONCE, 1, null, visibility))
                .getFirst();
    }

    private ResponseView submitAs(SignedInUser partner, long assignmentId, String text) {
        accounts.signInAs(partner.email(), "", Role.CLIENT);
        return myHomework.submit(assignmentId, Map.of(textQuestion, text), MyHomework.NO_ANSWER_YET);
    }

    private HomeworkItem asCounselor(long assignmentId) {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        return homework.homeworkItem(assignmentId);
    }

    private MyExercise asPartner(SignedInUser partner, long assignmentId) {
        accounts.signInAs(partner.email(), "", Role.CLIENT);
        return myHomework.exercise(assignmentId);
    }

    private long responseOf(long assignmentId, Long author) {
        return asCounselor(assignmentId).responses().stream()
                .filter(r -> Objects.equals(r.authorPartnerId(), author))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void workHandedInEarlyCountsAsDoneAndWorkNotYetDueIsNotCountedAgainstAnyone() {
        long early = assign(
                Audience.BOTH_SEPARATELY, Visibility.SHARED, calendar.today().plusDays(5));
        assign(Audience.BOTH_SEPARATELY, Visibility.SHARED, calendar.today());
        submitAs(alex, early, "done ahead of time");

        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        assertThat(homework.lastFourWeeks(coupleId))
                .extracting(HomeworkService.Completion::partnerId, c -> c.submitted() + " of " + c.due())
                .containsExactly(Tuple.tuple(alexId, "1 of 1"), Tuple.tuple(samId, "0 of 0"));
    }

    @Test
    void anAnswerWithNothingInItCannotBeHandedInButCanBeSavedAsADraft() {
        long id = assign(Audience.BOTH_SEPARATELY, Visibility.SHARED);
        accounts.signInAs(alex.email(), "", Role.CLIENT);

        assertThatThrownBy(() -> myHomework.submit(id, Map.of(), MyHomework.NO_ANSWER_YET))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("answers").key()).isEqualTo("homework.submit-empty"));
        assertThatThrownBy(() -> myHomework.submit(id, Map.of(textQuestion, "   "), MyHomework.NO_ANSWER_YET))
                .isInstanceOf(InvalidInputException.class);

        ResponseView draft = myHomework.saveDraft(id, Map.of(), MyHomework.NO_ANSWER_YET);
        assertThat(draft.state()).isEqualTo(ResponseState.DRAFT);
        assertThatThrownBy(() -> myHomework.submit(id, Map.of(), draft.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(myHomework
                        .submit(id, Map.of(textQuestion, "one word"), draft.version())
                        .state())
                .isEqualTo(ResponseState.SUBMITTED);
    }

    @Test
    void theCounselorSendsAnAnswerBackWithAReasonAndThePartnerRevisesAndResubmits() {
        long id = assign(Audience.BOTH_SEPARATELY, Visibility.SHARED);
        submitAs(alex, id, "fine");
        long response = responseOf(id, alexId);

        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        assertThatThrownBy(() -> homework.returnForRevision(response, "  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        homework.returnForRevision(response, "x".repeat(ResponseView.RETURN_REASON_MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    InvalidInputException.FieldMessage tooLong = e.fieldErrors().get("reason");
                    assertThat(tooLong.key()).isEqualTo(InvalidInputException.TOO_LONG);
                    assertThat(tooLong.args()).as("the message says the limit").containsExactly(500);
                });
        homework.returnForRevision(response, "Could you say what “fine” meant for you?");

        // the counselor no longer reads it (it is a draft again) and sees its state
        assertThat(asCounselor(id).responses()).isEmpty();
        assertThat(asCounselor(id).stateOf(alexId)).isEqualTo(ResponseState.DRAFT);
        // a second return of the same answer is refused: there is nothing handed in to send back
        assertThatThrownBy(() -> homework.returnForRevision(response, "again"))
                .isInstanceOf(InvalidInputException.class);

        MyExercise page = asPartner(alex, id);
        ResponseView mine = page.myResponse().orElseThrow();
        assertThat(mine.isReturned()).isTrue();
        assertThat(mine.returnedReason()).isEqualTo("Could you say what “fine” meant for you?");
        assertThat(mine.answers()).containsEntry(textQuestion, "fine");
        // the partner's home list shows the reason too (their own answer only)
        assertThat(myHomework.page(PageRequest.of(0, 50)).stream()
                        .filter(i -> i.id() == id)
                        .findFirst()
                        .orElseThrow()
                        .responses())
                .extracting(ResponseView::returnedReason)
                .containsExactly("Could you say what “fine” meant for you?");

        ResponseView draft = myHomework.saveDraft(id, Map.of(textQuestion, "fine-ish"), mine.version());
        ResponseView resubmitted = myHomework.submit(id, Map.of(textQuestion, "calm, after the walk"), draft.version());
        assertThat(resubmitted.state()).isEqualTo(ResponseState.SUBMITTED);
        assertThat(resubmitted.returnedReason()).isNull();
        assertThat(asCounselor(id).responses())
                .extracting(r -> r.answers().get(textQuestion))
                .containsExactly("calm, after the walk");

        accounts.signInAs(admin.email(), "", Role.ADMIN);
        assertThat(review.find(
                        new AuditQuery(counselor.email(), coupleId, AuditAction.RESPONSE_RETURNED, null, null, null),
                        PageRequest.of(0, 10)))
                .extracting(AuditRecord::outcome, AuditRecord::partnerId)
                .containsExactly(tuple(AuditOutcome.SUCCESS, alexId));
    }

    @Test
    void anotherCounselorAnAdminAndTheClientsCannotSendAnAnswerBackAndTheRefusalIsAudited() {
        long id = assign(Audience.BOTH_SEPARATELY, Visibility.SHARED);
        submitAs(alex, id, "done");
        long response = responseOf(id, alexId);

        SignedInUser other = accounts.signInAs("rother-" + tag + "@test.dyad", "Other", Role.COUNSELOR);
        assertThatThrownBy(() -> homework.returnForRevision(response, "not my couple"))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(alex.email(), "", Role.CLIENT);
        assertThatThrownBy(() -> homework.returnForRevision(response, "let me change it"))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(admin.email(), "", Role.ADMIN);
        assertThatThrownBy(() -> homework.returnForRevision(response, "admin"))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditRecord> refused = review.find(
                new AuditQuery(other.email(), null, AuditAction.RESPONSE_RETURNED, AuditOutcome.DENIED, null, null),
                PageRequest.of(0, 10));
        assertThat(refused).extracting(AuditRecord::coupleId).containsExactly(coupleId);
        assertThat(asCounselor(id).stateOf(alexId)).isEqualTo(ResponseState.SUBMITTED);
    }

    @Test
    void aReturnedRevealTogetherAnswerIsHiddenAgainUntilItIsHandedInAgain() {
        long id = assign(Audience.BOTH_SEPARATELY, Visibility.REVEAL_TOGETHER);
        submitAs(alex, id, "alex's first");
        submitAs(sam, id, "sam's answer");
        assertThat(asPartner(sam, id).partnersResponse()).isPresent();

        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        homework.returnForRevision(responseOf(id, alexId), "Say more, please");

        // Sam no longer sees Alex's answer, which can now change; Alex no longer sees Sam's either
        assertThat(asPartner(sam, id).partnersResponse()).isEmpty();
        assertThat(asPartner(alex, id).partnersResponse()).isEmpty();

        ResponseView mine = asPartner(alex, id).myResponse().orElseThrow();
        myHomework.submit(id, Map.of(textQuestion, "alex's second"), mine.version());
        assertThat(asPartner(sam, id).partnersResponse().orElseThrow().answers())
                .containsEntry(textQuestion, "alex's second");
    }

    @Test
    void aJointAnswerGoesBackToTheCoupleAndBothPartnersSeeWhy() {
        long id = assign(Audience.JOINT, Visibility.SHARED);
        submitAs(alex, id, "ours");
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        homework.returnForRevision(responseOf(id, null), "Please both add a line");

        assertThat(asPartner(sam, id).myResponse().orElseThrow().returnedReason())
                .isEqualTo("Please both add a line");
        ResponseView joint = asPartner(alex, id).myResponse().orElseThrow();
        assertThat(joint.returnedReason()).isEqualTo("Please both add a line");
        accounts.signInAs(sam.email(), "", Role.CLIENT);
        assertThat(myHomework
                        .submit(id, Map.of(textQuestion, "ours, both of us"), joint.version())
                        .state())
                .isEqualTo(ResponseState.SUBMITTED);
    }
}
