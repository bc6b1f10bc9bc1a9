package app.dyad.exercises;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.CommandValidator;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.ClientCase;
import app.dyad.couples.CouplePartners;
import app.dyad.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Homework: counselors assign exercises and give feedback; partners save drafts and submit. Every read
 * returns only what {@link Disclosure} lets the caller see; ownership comes from {@link CaseAccess}.
 */
@Service
public class HomeworkService {

    private static final TypeReference<Map<Long, String>> ANSWERS = new TypeReference<>() {
    };

    private final AssignmentRepository assignments;
    private final ResponseRepository responses;
    private final FeedbackRepository feedback;
    private final ExerciseRepository exercises;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final CommandValidator validator;
    private final JsonMapper json;
    private final Clock clock;
    private final ClinicCalendar calendar;

    HomeworkService(AssignmentRepository assignments, ResponseRepository responses, FeedbackRepository feedback,
            ExerciseRepository exercises, CaseAccess access, AuditTrail audit, CurrentUser currentUser,
            CommandValidator validator, JsonMapper json, Clock clock, ClinicCalendar calendar) {
        this.assignments = assignments;
        this.responses = responses;
        this.feedback = feedback;
        this.exercises = exercises;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Assigns an exercise to a couple; a recurrence creates one assignment per occurrence. Returns their ids. */
    @Transactional
    public List<Long> assign(long coupleId, NewAssignment command) {
        CouplePartners couple = access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_ASSIGNED);
        validator.validate(command);
        Exercise exercise = exercises.findVisible(command.exerciseId(), currentUser.require().accountId())
                .filter(e -> !e.isArchived())
                .orElseThrow(() -> InvalidInputException.of("exerciseId", "homework.exercise-unknown"));
        Audience audience = Objects.requireNonNull(command.audience());
        if (audience == Audience.ONE_PARTNER && (command.partnerId() == null || !couple.contains(command.partnerId()))) {
            throw InvalidInputException.of("partnerId", "homework.partner-required");
        }
        String series = UUID.randomUUID().toString();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < occurrences(command); i++) {
            LocalDate due = switch (Objects.requireNonNull(command.recurrence())) {
                case ONCE -> command.firstDue();
                case DAILY -> command.firstDue().plusDays(i);
                case WEEKLY -> command.firstDue().plusWeeks(i);
            };
            Assignment saved = assignments.save(new Assignment(coupleId, exercise, audience, command.partnerId(), due,
                    Objects.requireNonNull(command.visibility()), blankToNull(command.note()), series,
                    currentUser.require().accountId(), clock.instant()));
            ids.add(saved.id());
        }
        assignments.flush();
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

    /** Feedback to one partner or (null) to both; answers seen only by the counselor get feedback one by one. */
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
        if (text.isBlank() || text.length() > 4000) {
            throw InvalidInputException.of("text", text.isBlank() ? "validation.required" : "validation.too-long");
        }
        feedback.save(new Feedback(assignment, toPartnerId, text.strip(), currentUser.require().accountId(),
                clock.instant()));
        feedback.flush();
        audit.recordChange(AuditAction.FEEDBACK_GIVEN, assignment.coupleId(), toPartnerId, null);
    }

    /**
     * Changes an assignment nobody has completed yet: due date, note, and — only while nobody has written a word —
     * who will see the answers (changing that later could show an answer to someone its author did not expect).
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
        if (note != null && note.length() > 2000) {
            throw InvalidInputException.of("note", "validation.too-long");
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
     * Each partner's completion over the last four weeks: of the assignments due in that time and not cancelled,
     * how many they (or, for joint ones, the couple) submitted.
     */
    @Transactional(readOnly = true)
    public List<Completion> lastFourWeeks(long coupleId) {
        CouplePartners couple = access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
        LocalDate today = calendar.today();
        List<Assignment> recent = assignments.dueBetween(coupleId, today.minusWeeks(4), today, Assignment.Status.ACTIVE);
        Map<Long, List<Response>> answers = recent.isEmpty() ? Map.of() : responses.findByAssignments(
                recent.stream().map(Assignment::id).toList()).stream().collect(Collectors.groupingBy(r -> r.assignment().id()));
        List<Completion> result = new ArrayList<>();
        for (long partner : List.of(couple.partnerOneId(), couple.partnerTwoId())) {
            List<Assignment> theirs = recent.stream().filter(a -> a.isFor(partner)).toList();
            long done = theirs.stream().filter(a -> answers.getOrDefault(a.id(), List.of()).stream().anyMatch(r ->
                    r.state() == ResponseState.SUBMITTED && (r.partnerId() == null || r.partnerId() == partner))).count();
            result.add(new Completion(partner, (int) done, theirs.size()));
        }
        return result;
    }

    /** A partner's completed and due assignments over a period. */
    public record Completion(long partnerId, int submitted, int due) {
    }

    /** The couple's partners, for the counselor's homework screens. */
    @Transactional(readOnly = true)
    public CouplePartners partnersOf(long coupleId) {
        return access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
    }

    /** One page of a couple's homework as its counselor sees it: states, submitted answers, feedback. Audited. */
    @Transactional(readOnly = true)
    public List<HomeworkItem> homeworkOfCouple(long coupleId, Pageable pageable) {
        access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
        List<HomeworkItem> items = items(assignments.pageOfCouple(coupleId, Paging.clamp(pageable)), new Reader.Counselor(coupleId));
        audit.recordRead(AuditAction.RESPONSE_READ, coupleId, null);
        return items;
    }

    /**
     * A couple's assignments due in [from, to] (not cancelled), as its counselor sees them: for the session note's
     * homework review and the pre-session digest. Audited as a read of responses.
     */
    @Transactional(readOnly = true)
    public List<HomeworkItem> homeworkDueBetween(long coupleId, LocalDate from, LocalDate to) {
        access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
        List<HomeworkItem> items = items(assignments.dueBetween(coupleId, from, to, Assignment.Status.ACTIVE),
                new Reader.Counselor(coupleId));
        audit.recordRead(AuditAction.RESPONSE_READ, coupleId, null);
        return items;
    }

    /** One assignment as its couple's counselor sees it (states, submitted answers, feedback). Audited. */
    @Transactional(readOnly = true)
    public HomeworkItem homeworkItem(long assignmentId) {
        Assignment assignment = counselorsAssignment(assignmentId, AuditAction.HOMEWORK_VIEWED);
        HomeworkItem item = items(List.of(assignment), new Reader.Counselor(assignment.coupleId())).getFirst();
        audit.recordRead(AuditAction.RESPONSE_READ, assignment.coupleId(), null);
        return item;
    }

    /** How many assignments a couple has, for its counselor. */
    @Transactional(readOnly = true)
    public long countHomeworkOfCouple(long coupleId) {
        access.partnersForCounselor(coupleId, AuditAction.HOMEWORK_VIEWED);
        return assignments.countByCoupleId(coupleId);
    }

    /** One page of the signed-in partner's homework: their own and their couple's joint assignments. */
    @Transactional(readOnly = true)
    public List<HomeworkItem> myHomework(Pageable pageable) {
        ClientCase me = access.clientCase(AuditAction.HOMEWORK_VIEWED);
        List<Assignment> mine = assignments.pageOfPartner(me.coupleId(), me.partnerId(), Paging.clamp(pageable));
        return items(mine, new Reader.Partner(me.coupleId(), me.partnerId()));
    }

    /** How many assignments the signed-in partner has. */
    @Transactional(readOnly = true)
    public long countMyHomework() {
        ClientCase me = access.clientCase(AuditAction.HOMEWORK_VIEWED);
        return assignments.countOfPartner(me.coupleId(), me.partnerId());
    }


    /** One of the caller's assignments with its exercise, as the caller may see it. */
    @Transactional(readOnly = true)
    public MyExercise myExercise(long assignmentId) {
        ClientCase me = access.clientCase(AuditAction.HOMEWORK_VIEWED);
        Assignment assignment = assignments.findById(assignmentId)
                .filter(a -> a.coupleId() == me.coupleId() && a.isFor(me.partnerId()))
                .orElseThrow(() -> access.denied(AuditAction.HOMEWORK_VIEWED, me.coupleId()));
        HomeworkItem item = items(List.of(assignment), new Reader.Partner(me.coupleId(), me.partnerId())).getFirst();
        ExerciseDetails exercise = exercises.findWithPrompts(exerciseId(assignment)).orElseThrow().details();
        return new MyExercise(item, exercise, me.partnerId());
    }

    /** Saves the partner's draft (or the couple's joint draft); a submitted answer stays as it was. */
    @Transactional
    public ResponseView saveDraft(long assignmentId, Map<Long, String> answers, long expectedVersion) {
        return write(assignmentId, answers, expectedVersion, false);
    }

    /** Submits the answer; it becomes read-only and, per the visibility, may now reach the partner. */
    @Transactional
    public ResponseView submit(long assignmentId, Map<Long, String> answers, long expectedVersion) {
        return write(assignmentId, answers, expectedVersion, true);
    }

    private ResponseView write(long assignmentId, Map<Long, String> answers, long expectedVersion, boolean submit) {
        AuditAction action = submit ? AuditAction.RESPONSE_SUBMITTED : AuditAction.RESPONSE_SAVED;
        ClientCase me = access.clientCase(action);
        Assignment assignment = assignments.findById(assignmentId)
                .filter(a -> a.coupleId() == me.coupleId() && a.isFor(me.partnerId()) && !a.isCancelled())
                .orElseThrow(() -> access.denied(action, me.coupleId()));
        Long author = assignment.audience() == Audience.JOINT ? null : me.partnerId();
        Response response = responses.findByAssignments(List.of(assignmentId)).stream()
                .filter(r -> Objects.equals(r.partnerId(), author)).findFirst()
                .orElseGet(() -> new Response(assignment, author));
        if (response.getId() != null) {
            EditConflictException.check(expectedVersion, response.getVersion(), "response " + response.getId());
        }
        if (response.state() == ResponseState.SUBMITTED) {
            throw InvalidInputException.of("answers", "homework.already-submitted");
        }
        String encoded = json.writeValueAsString(answers);
        if (submit) {
            response.submit(encoded, clock.instant());
        } else {
            response.saveDraft(encoded, clock.instant());
        }
        Response saved = responses.saveAndFlush(response);
        audit.recordChange(action, me.coupleId(), me.partnerId(), null);
        return view(saved);
    }

    private Assignment counselorsAssignment(long assignmentId, AuditAction action) {
        Optional<Assignment> assignment = assignments.findById(assignmentId);
        if (assignment.isEmpty() || !access.isCounselorOf(assignment.get().coupleId())) {
            throw access.denied(action, assignment.map(Assignment::coupleId).orElse(null));
        }
        return assignment.get();
    }

    /** Builds the reader's view of these assignments in three queries, whatever their number. */
    private List<HomeworkItem> items(List<Assignment> list, Reader reader) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(Assignment::id).toList();
        Map<Long, List<Response>> byAssignment = responses.findByAssignments(ids).stream()
                .collect(Collectors.groupingBy(r -> r.assignment().id()));
        Map<Long, List<Feedback>> feedbackBy = feedback.findByAssignments(ids).stream()
                .collect(Collectors.groupingBy(f -> f.assignment().id()));
        return list.stream().map(a -> item(a, byAssignment.getOrDefault(a.id(), List.of()),
                feedbackBy.getOrDefault(a.id(), List.of()), reader)).toList();
    }

    private HomeworkItem item(Assignment a, List<Response> answers, List<Feedback> notes, Reader reader) {
        Collection<Disclosure.ResponseFacts> facts = answers.stream().map(Response::facts).toList();
        List<ResponseView> visible = answers.stream()
                .filter(r -> Disclosure.mayRead(reader, a.coupleId(), a.visibility(), r.facts(), facts))
                .map(this::view).toList();
        List<FeedbackView> visibleFeedback = notes.stream()
                .filter(f -> Disclosure.mayReadFeedback(reader, a.coupleId(), f.toPartnerId()))
                .map(Feedback::view).toList();
        // the counselor sees everyone's progress; a partner only their own (or the joint one): not even
        // whether the other has started is theirs to know
        List<HomeworkItem.PartnerProgress> progress = answers.stream()
                .filter(r -> !(reader instanceof Reader.Partner p) || r.partnerId() == null
                        || r.partnerId() == p.partnerId())
                .map(r -> new HomeworkItem.PartnerProgress(r.partnerId(), r.state())).toList();
        return new HomeworkItem(a.id(), a.getVersion(), a.coupleId(), exerciseId(a), a.exercise().summary().title(),
                a.audience(), a.partnerId(), a.dueOn(), a.visibility(), a.note(), a.isCancelled(),
                reader instanceof Reader.Counselor ? a.reviewedOn() : null, progress, visible, visibleFeedback);
    }

    private static long exerciseId(Assignment a) {
        Long id = a.exercise().getId();
        return id == null ? 0 : id;
    }

    private ResponseView view(Response r) {
        Long id = r.getId();
        return new ResponseView(id == null ? 0 : id, r.getVersion(), r.partnerId(), r.state(),
                json.readValue(r.answers(), ANSWERS), r.submittedAt());
    }

    private static int occurrences(NewAssignment command) {
        return command.recurrence() == NewAssignment.Recurrence.ONCE ? 1 : command.occurrences();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
