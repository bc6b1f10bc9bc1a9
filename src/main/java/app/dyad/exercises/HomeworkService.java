package app.dyad.exercises;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.CommandReceipts;
import app.dyad.base.CommandValidator;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.CouplePartners;
import app.dyad.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselor's homework: assign exercises, change or cancel assignments, read what partners handed in, give
 * feedback, mark homework reviewed in a session. Every read passes {@link Disclosure}; the couple must be the
 * caller's ({@link CaseAccess}). The partners' side is {@link MyHomework}.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class HomeworkService {

    private final AssignmentRepository assignments;
    private final ResponseRepository responses;
    private final CounselorFeedbackRepository feedback;
    private final ExerciseRepository exercises;
    private final HomeworkItems items;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final CommandValidator validator;
    private final Clock clock;
    private final ClinicCalendar calendar;
    private final CommandReceipts receipts;

    HomeworkService(
            AssignmentRepository assignments,
            ResponseRepository responses,
            CounselorFeedbackRepository feedback,
            ExerciseRepository exercises,
            CaseAccess access,
            AuditTrail audit,
            CurrentUser currentUser,
            HomeworkItems items,
            CommandValidator validator,
            Clock clock,
            ClinicCalendar calendar,
            CommandReceipts receipts) {
        this.assignments = assignments;
        this.responses = responses;
        this.feedback = feedback;
        this.exercises = exercises;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.validator = validator;
        this.items = items;
        this.clock = clock;
        this.calendar = calendar;
        this.receipts = receipts;
    }

    /**
     * Assigns an exercise to a couple; a recurrence creates one assignment per occurrence. Returns their ids. The
     * same command id sent again (a double-click) returns the first call's ids and assigns nothing more.
     */
    @Transactional
    public List<Long> assign(long coupleId, UUID commandId, NewAssignment command) {
        CouplePartners couple = access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_ASSIGNED);
        validator.validate(command);
        Exercise exercise = exercises
                .findVisible(command.exerciseId(), currentUser.require().accountId())
                .filter(e -> !e.isArchived())
                .orElseThrow(() -> InvalidInputException.of("exerciseId", "homework.exercise-unknown"));
        Audience audience = Objects.requireNonNull(command.audience());
        if (audience == Audience.ONE_PARTNER
                && (command.partnerId() == null || !couple.contains(command.partnerId()))) {
            throw InvalidInputException.of("partnerId", "homework.partner-required");
        }
        if (Objects.requireNonNull(command.firstDue()).isBefore(calendar.today())) {
            // due before it is even assigned: both partners would be "overdue" at once
            throw InvalidInputException.of("firstDue", "homework.due-in-past");
        }
        Optional<String> done = receipts.claim(
                commandId, "HOMEWORK_ASSIGNED", currentUser.require().accountId());
        if (done.isPresent()) {
            return Arrays.stream(done.get().split(",")).map(Long::valueOf).toList();
        }
        String series = UUID.randomUUID().toString();
        List<Long> ids = new ArrayList<>();
        for (LocalDate due : command.dueDates()) {
            Assignment saved = assignments.save(new Assignment(
                    coupleId,
                    exercise,
                    audience,
                    command.partnerId(),
                    due,
                    Objects.requireNonNull(command.visibility()),
                    blankToNull(command.note()),
                    series,
                    currentUser.require().accountId(),
                    clock.instant()));
            ids.add(saved.id());
        }
        assignments.flush();
        receipts.done(commandId, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        audit.recordChange(AuditAction.HOMEWORK_ASSIGNED, coupleId, command.partnerId(), ids.size() + " occurrence(s)");
        return ids;
    }

    /** Cancels an assignment nobody has submitted yet, on the version the counselor saw. */
    @Transactional
    public void cancel(long assignmentId, long version) {
        Assignment assignment = counselorsAssignment(assignmentId, AuditAction.HOMEWORK_CANCELLED);
        EditConflictException.check(version, assignment.getVersion(), "assignment " + assignmentId);
        boolean anySubmitted = responses.findByAssignments(List.of(assignmentId)).stream()
                .anyMatch(r -> r.state() == ResponseState.SUBMITTED);
        if (anySubmitted) {
            throw InvalidInputException.of("assignment", "homework.cannot-cancel-submitted");
        }
        assignment.cancel();
        assignments.flush();
        audit.recordChange(AuditAction.HOMEWORK_CANCELLED, assignment.coupleId(), null, null);
    }

    /** CounselorFeedback to one partner or (null) to both; answers seen only by the counselor get feedback one by one. */
    @Transactional
    public void giveFeedback(long assignmentId, @Nullable Long toPartnerId, String text) {
        Assignment assignment = counselorsAssignment(assignmentId, AuditAction.FEEDBACK_GIVEN);
        CouplePartners couple = access.partnersForCounselor(assignment.coupleId(), AuditAction.FEEDBACK_GIVEN);
        if (toPartnerId != null && !couple.contains(toPartnerId)) {
            throw InvalidInputException.of("toPartnerId", "homework.partner-required");
        }
        if (toPartnerId == null && !assignment.visibility().allowsFeedbackToBoth(assignment.audience())) {
            throw InvalidInputException.of("toPartnerId", "homework.feedback-one-by-one");
        }
        if (text.isBlank() || text.length() > FeedbackView.TEXT_MAX_LENGTH) {
            throw InvalidInputException.requiredOrTooLong("text", text, FeedbackView.TEXT_MAX_LENGTH);
        }
        feedback.save(new CounselorFeedback(
                assignment, toPartnerId, text.strip(), currentUser.require().accountId(), clock.instant()));
        feedback.flush();
        audit.recordChange(AuditAction.FEEDBACK_GIVEN, assignment.coupleId(), toPartnerId, null);
    }

    /**
     * Sends one submitted answer (a partner's, or the couple's joint one) back for revision with a reason its author
     * sees: it becomes a draft again, so it is editable and — until handed in again — hidden from the other partner
     * (a reveal-together pair closes) and from the counselor's reading. Audited; the reason stays out of the audit.
     */
    @Transactional
    public void returnForRevision(long responseId, String reason) {
        Optional<Response> found = responses.findById(responseId);
        Long coupleId = found.map(r -> r.assignment().coupleId()).orElse(null);
        if (coupleId == null || !access.isCounselorOf(coupleId)) {
            throw access.denied(AuditAction.RESPONSE_RETURNED, coupleId);
        }
        Response response = found.get();
        response.returnForRevision(reason, clock.instant());
        responses.flush();
        audit.recordChange(AuditAction.RESPONSE_RETURNED, coupleId, response.partnerId(), null);
    }

    /**
     * Changes an assignment nobody has completed yet: due date, note, and — only while nobody has written a word —
     * who will see the answers (changing that later could show an answer to someone its author did not expect). A
     * due date already past may be kept but not chosen.
     */
    @Transactional
    public void edit(long assignmentId, long version, LocalDate dueOn, @Nullable String note, Visibility visibility) {
        Assignment assignment = counselorsAssignment(assignmentId, AuditAction.HOMEWORK_ASSIGNED);
        EditConflictException.check(version, assignment.getVersion(), "assignment " + assignmentId);
        List<Response> answers = responses.findByAssignments(List.of(assignmentId));
        if (assignment.isCancelled() || answers.stream().anyMatch(r -> r.state() == ResponseState.SUBMITTED)) {
            throw InvalidInputException.of("assignment", "homework.cannot-edit-completed");
        }
        if (visibility != assignment.visibility() && !answers.isEmpty()) {
            throw InvalidInputException.of("visibility", "homework.visibility-locked");
        }
        if (dueOn.isBefore(calendar.today()) && !dueOn.equals(assignment.dueOn())) {
            // a due date that has passed may stay as it is (the note can still change); none is moved into the past
            throw InvalidInputException.of("dueOn", "homework.due-in-past");
        }
        if (note != null && note.length() > NewAssignment.NOTE_MAX_LENGTH) {
            throw InvalidInputException.tooLong("note", NewAssignment.NOTE_MAX_LENGTH);
        }
        assignment.edit(dueOn, blankToNull(note), visibility);
        assignments.flush();
        audit.recordChange(AuditAction.HOMEWORK_ASSIGNED, assignment.coupleId(), null, "edited");
    }

    /** Marks an assignment as talked through in a session, today. */
    @Transactional
    public void markReviewedInSession(long assignmentId) {
        Assignment assignment = counselorsAssignment(assignmentId, AuditAction.HOMEWORK_REVIEWED);
        assignment.markReviewed(calendar.today());
        assignments.flush();
        audit.recordChange(AuditAction.HOMEWORK_REVIEWED, assignment.coupleId(), null, null);
    }

    /**
     * Each partner's completion over the last four weeks, counting only what is settled: assignments (not cancelled)
     * whose due day has passed in that time, and any already handed in, however early. Work still open and not yet
     * late counts neither way ("0 of 1 done" for homework due today read as a failure).
     */
    @Transactional(readOnly = true)
    public List<Completion> lastFourWeeks(long coupleId) {
        CouplePartners couple = access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
        LocalDate today = calendar.today();
        List<HomeworkItem> recent = items.of(
                assignments.dueBetween(coupleId, today.minusWeeks(4), today.plusYears(1), Assignment.Status.ACTIVE),
                new Requester.Counselor(coupleId));
        List<Completion> result = new ArrayList<>();
        for (long partner : List.of(couple.partnerOneId(), couple.partnerTwoId())) {
            List<HomeworkItem> theirs = recent.stream()
                    .filter(item -> item.isFor(partner))
                    .filter(item -> item.dueOn().isBefore(today) || item.isDoneBy(partner))
                    .toList();
            long done = theirs.stream().filter(item -> item.isDoneBy(partner)).count();
            result.add(new Completion(partner, (int) done, theirs.size()));
        }
        return result;
    }

    /** A partner's completed and due assignments over a period. */
    public record Completion(long partnerId, int submitted, int due) {}

    /** The couple's partners, for the counselor's homework screens. */
    @Transactional(readOnly = true)
    public CouplePartners partnersOf(long coupleId) {
        return access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
    }

    /** One page of a couple's homework as its counselor sees it: states, submitted answers, feedback. Audited. */
    @Transactional(readOnly = true)
    public List<HomeworkItem> homeworkOfCouple(long coupleId, Pageable pageable) {
        access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
        List<HomeworkItem> page =
                items.of(assignments.pageOfCouple(coupleId, Paging.clamp(pageable)), new Requester.Counselor(coupleId));
        audit.recordRead(AuditAction.RESPONSE_READ, coupleId, null);
        return page;
    }

    /**
     * A couple's assignments due in [from, to] (not cancelled), as its counselor sees them: for the session note's
     * homework review and the pre-session summary. Audited as a read of responses.
     */
    @Transactional(readOnly = true)
    public List<HomeworkItem> homeworkDueBetween(long coupleId, LocalDate from, LocalDate to) {
        access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
        List<HomeworkItem> due = items.of(
                assignments.dueBetween(coupleId, from, to, Assignment.Status.ACTIVE),
                new Requester.Counselor(coupleId));
        audit.recordRead(AuditAction.RESPONSE_READ, coupleId, null);
        return due;
    }

    /**
     * One page of a couple's homework for its record, with the questions it answers: as its counselor sees it
     * ({@code asPartnerId} null), or exactly as that partner sees it on their own pages, through the same
     * {@link Disclosure}. Not audited here: the record export that asks is audited once.
     */
    @Transactional(readOnly = true)
    public HomeworkRecordPage homeworkForRecord(long coupleId, @Nullable Long asPartnerId, Pageable pageable) {
        CouplePartners couple = access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
        if (asPartnerId == null) {
            return items.recordPage(
                    assignments.pageOfCouple(coupleId, Paging.clamp(pageable)), new Requester.Counselor(coupleId));
        }
        if (!couple.contains(asPartnerId)) {
            throw access.denied(AuditAction.HOMEWORK_VIEWED, coupleId);
        }
        return items.recordPage(
                assignments.pageOfPartner(coupleId, asPartnerId, Paging.clamp(pageable)),
                new Requester.Partner(coupleId, asPartnerId));
    }

    /** One assignment as its couple's counselor sees it (states, submitted answers, feedback). Audited. */
    @Transactional(readOnly = true)
    public HomeworkItem homeworkItem(long assignmentId) {
        Assignment assignment = counselorsAssignment(assignmentId, AuditAction.HOMEWORK_VIEWED);
        HomeworkItem item = items.of(assignment, new Requester.Counselor(assignment.coupleId()));
        audit.recordRead(AuditAction.RESPONSE_READ, assignment.coupleId(), null);
        return item;
    }

    /** How many assignments a couple has, for its counselor. */
    @Transactional(readOnly = true)
    public long countHomeworkOfCouple(long coupleId) {
        access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
        return assignments.countByCoupleId(coupleId);
    }

    private Assignment counselorsAssignment(long assignmentId, AuditAction action) {
        Optional<Assignment> assignment = assignments.findById(assignmentId);
        if (assignment.isEmpty() || !access.isCounselorOf(assignment.get().coupleId())) {
            throw access.denied(action, assignment.map(Assignment::coupleId).orElse(null));
        }
        return assignment.get();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
