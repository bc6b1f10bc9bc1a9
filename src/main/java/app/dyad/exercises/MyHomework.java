package app.dyad.exercises;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.ClientCase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's homework: their own and their couple's joint assignments, drafts that save themselves, and
 * submitting. Every read passes {@link Disclosure}; the couple and partner come from {@link CaseAccess}.
 */
@Service
@PreAuthorize("hasRole('CLIENT')")
public class MyHomework {

    /** The version a page sends when it shows no saved answer yet (a saved answer's first version is 0). */
    public static final long NO_ANSWER_YET = -1;

    private final AssignmentRepository assignments;
    private final ResponseRepository responses;
    private final ExerciseRepository exercises;
    private final HomeworkItems items;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    MyHomework(
            AssignmentRepository assignments,
            ResponseRepository responses,
            ExerciseRepository exercises,
            HomeworkItems items,
            CaseAccess access,
            AuditTrail audit,
            Clock clock) {
        this.assignments = assignments;
        this.responses = responses;
        this.exercises = exercises;
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the signed-in partner's homework: their own and their couple's joint assignments. */
    @Transactional(readOnly = true)
    public List<HomeworkItem> page(Pageable pageable) {
        ClientCase me = access.clientCase(AuditAction.HOMEWORK_VIEWED);
        List<Assignment> mine = assignments.pageOfPartner(me.coupleId(), me.partnerId(), Paging.clamp(pageable));
        return items.of(mine, new Requester.Partner(me.coupleId(), me.partnerId()));
    }

    /**
     * One page of the signed-in partner's homework for their own record, with the questions it answers: the same
     * items as {@link #page}. Not audited here: the record export that asks is audited once.
     */
    @Transactional(readOnly = true)
    public HomeworkRecordPage pageForRecord(Pageable pageable) {
        ClientCase me = access.clientCase(AuditAction.HOMEWORK_VIEWED);
        List<Assignment> mine = assignments.pageOfPartner(me.coupleId(), me.partnerId(), Paging.clamp(pageable));
        return items.recordPage(mine, new Requester.Partner(me.coupleId(), me.partnerId()));
    }

    /** How many assignments the signed-in partner has. */
    @Transactional(readOnly = true)
    public long count() {
        ClientCase me = access.clientCase(AuditAction.HOMEWORK_VIEWED);
        return assignments.countOfPartner(me.coupleId(), me.partnerId());
    }

    /** One of the caller's assignments with its exercise, as the caller may see it. */
    @Transactional(readOnly = true)
    public MyExercise exercise(long assignmentId) {
        ClientCase me = access.clientCase(AuditAction.HOMEWORK_VIEWED);
        Assignment assignment = assignments
                .findById(assignmentId)
                .filter(a -> a.coupleId() == me.coupleId() && a.isFor(me.partnerId()))
                .orElseThrow(() -> access.denied(AuditAction.HOMEWORK_VIEWED, me.coupleId()));
        HomeworkItem item = items.of(assignment, new Requester.Partner(me.coupleId(), me.partnerId()));
        ExerciseDetails exercise = exercises
                .findWithPrompts(HomeworkItems.exerciseId(assignment))
                .orElseThrow()
                .details();
        return new MyExercise(item, exercise, me.partnerId());
    }

    /** Saves the partner's draft (or the couple's joint draft); a submitted answer stays as it was. */
    @Transactional
    public ResponseView saveDraft(long assignmentId, Map<Long, String> answers, long expectedVersion) {
        return write(assignmentId, answers, expectedVersion, false);
    }

    /**
     * Submits the answer; it becomes read-only and, per the visibility, may now reach the partner. An answer with
     * nothing in it is refused (a draft may be empty, a handed-in answer may not): once submitted it is locked.
     */
    @Transactional
    public ResponseView submit(long assignmentId, Map<Long, String> answers, long expectedVersion) {
        return write(assignmentId, answers, expectedVersion, true);
    }

    /** Every answer belongs to a question of this exercise and fits it; otherwise nothing is saved. */
    private void requireFit(Map<Long, String> answers, Assignment assignment) {
        Map<Long, PromptView> prompts =
                exercises
                        .findWithPrompts(HomeworkItems.exerciseId(assignment))
                        .orElseThrow()
                        .details()
                        .prompts()
                        .stream()
                        .collect(Collectors.toMap(PromptView::id, Function.identity()));
        answers.forEach((promptId, answer) -> {
            PromptView prompt = promptId == null ? null : prompts.get(promptId);
            if (prompt == null || answer == null) {
                throw InvalidInputException.of("answers", "homework.answer-unknown-question");
            }
            if (answer.length() > ResponseView.ANSWER_MAX_LENGTH) {
                throw InvalidInputException.tooLong("answers", ResponseView.ANSWER_MAX_LENGTH);
            }
            if (!answer.isBlank() && !prompt.accepts(answer)) {
                throw InvalidInputException.of("answers", "homework.answer-does-not-fit", prompt.label());
            }
        });
    }

    private ResponseView write(long assignmentId, Map<Long, String> answers, long expectedVersion, boolean submit) {
        AuditAction action = submit ? AuditAction.RESPONSE_SUBMITTED : AuditAction.RESPONSE_SAVED;
        ClientCase me = access.clientCase(action);
        Assignment assignment = assignments
                .findById(assignmentId)
                .filter(a -> a.coupleId() == me.coupleId() && a.isFor(me.partnerId()) && !a.isCancelled())
                .orElseThrow(() -> access.denied(action, me.coupleId()));
        Long author = assignment.audience().authorFor(me.partnerId());
        Response response = responses.findByAssignments(List.of(assignmentId)).stream()
                .filter(r -> Objects.equals(r.partnerId(), author))
                .findFirst()
                .orElseGet(() -> new Response(assignment, author));
        if (response.getId() != null) {
            EditConflictException.check(expectedVersion, response.getVersion(), "response " + response.getId());
        } else if (expectedVersion != NO_ANSWER_YET) {
            // the page showed an answer that is not there: never start over on top of what it showed
            throw new EditConflictException("answer to assignment " + assignmentId);
        }
        if (response.state() == ResponseState.SUBMITTED) {
            throw InvalidInputException.of("answers", "homework.already-submitted");
        }
        requireFit(answers, assignment);
        if (submit && answers.values().stream().allMatch(String::isBlank)) {
            throw InvalidInputException.of("answers", "homework.submit-empty");
        }
        String encoded = items.encode(answers);
        if (submit) {
            response.submit(encoded, clock.instant());
        } else {
            response.saveDraft(encoded, clock.instant());
        }
        Response saved;
        try {
            saved = responses.saveAndFlush(response);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException startedAtTheSameTime) {
            // the other partner's first words of the same joint answer were saved a moment earlier
            throw new EditConflictException("answer to assignment " + assignmentId);
        }
        audit.recordChange(action, me.coupleId(), me.partnerId(), null);
        return items.view(saved);
    }
}
