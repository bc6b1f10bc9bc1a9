package app.dyad.sessions;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.CommandReceipts;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.CouplePartners;
import app.dyad.identity.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselor's appointments: schedule, move, complete, cancel, mark no-show; the agenda and a couple's list.
 * A partner's own coming sessions are {@link MyAppointments}. Ownership always comes from {@link CaseAccess}: the couple's current counselor.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class AppointmentService {

    /** A note still unsigned this long after its session ended is flagged to the counselor. */
    public static final Duration SIGN_WITHIN = Duration.ofHours(24);
    /** The agenda lists at most this many notes still to sign. */
    public static final int NOTES_TO_SIGN_SHOWN = 50;

    private final CounsellingSessionRepository sessions;
    private final NoteRepository notes;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final SessionPlans plans;
    private final Clock clock;
    private final ClinicCalendar calendar;
    private final CommandReceipts receipts;

    AppointmentService(
            CounsellingSessionRepository sessions,
            NoteRepository notes,
            CaseAccess access,
            AuditTrail audit,
            CurrentUser currentUser,
            SessionPlans plans,
            Clock clock,
            ClinicCalendar calendar,
            CommandReceipts receipts) {
        this.sessions = sessions;
        this.notes = notes;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.plans = plans;
        this.clock = clock;
        this.calendar = calendar;
        this.receipts = receipts;
    }

    /**
     * Schedules a coming session for a couple (or one of its partners); returns its id. A start already past is
     * refused: a session that took place is recorded with {@link #recordPastSession}, on purpose.
     */
    @Transactional
    public long schedule(long coupleId, UUID commandId, SessionPlan plan) {
        CouplePartners couple = access.partnersForCounselor(coupleId, AuditAction.SESSION_SCHEDULED);
        plans.validate(plan, couple);
        if (plans.startOf(plan).isBefore(clock.instant())) {
            throw InvalidInputException.of("date", "session.in-past");
        }
        return create(coupleId, commandId, plan, false);
    }

    /**
     * Records a session that already took place (the counselor ticked "Record a past session"): it is created as
     * completed, ready for its note, and audited like any scheduling. A start still to come is refused.
     */
    @Transactional
    public long recordPastSession(long coupleId, UUID commandId, SessionPlan plan) {
        CouplePartners couple = access.partnersForCounselor(coupleId, AuditAction.SESSION_SCHEDULED);
        plans.validate(plan, couple);
        if (plans.startOf(plan).isAfter(clock.instant())) {
            throw InvalidInputException.of("date", "session.not-in-past");
        }
        return create(coupleId, commandId, plan, true);
    }

    /** Creates the session once per command id: a repeat (a double-click) returns the first one's id. */
    private long create(long coupleId, UUID commandId, SessionPlan plan, boolean tookPlace) {
        Optional<String> done = receipts.claim(
                commandId, "SESSION_SCHEDULED", currentUser.require().accountId());
        if (done.isPresent()) {
            return Long.parseLong(done.get());
        }
        CounsellingSession session = plans.newSession(
                coupleId,
                plan,
                Objects.requireNonNull(plan.date()),
                currentUser.require().accountId(),
                clock.instant());
        if (tookPlace) {
            session.changeStatus(SessionStatus.COMPLETED);
        }
        CounsellingSession saved = sessions.saveAndFlush(session);
        receipts.done(commandId, String.valueOf(saved.id()));
        audit.recordChange(
                AuditAction.SESSION_SCHEDULED, coupleId, plan.attendeePartnerId(), tookPlace ? "past session" : null);
        return saved.id();
    }

    /** Moves or changes a session that is still scheduled, on the version the counselor saw. */
    @Transactional
    public void reschedule(long sessionId, long version, SessionPlan plan) {
        CounsellingSession session = counselorsSession(sessionId, AuditAction.SESSION_CHANGED);
        EditConflictException.check(version, session.getVersion(), "session " + sessionId);
        if (session.status() != SessionStatus.SCHEDULED) {
            throw InvalidInputException.of("status", "session.not-scheduled");
        }
        plans.validate(plan, access.partnersForCounselor(session.coupleId(), AuditAction.SESSION_CHANGED));
        Optional<SessionNote> note = notes.findBySessionId(sessionId);
        requireNoSignedNote(note);
        if (note.isPresent() && !Objects.equals(plan.attendeePartnerId(), session.attendeePartnerId())) {
            // the note has a section per attending partner: changing who came would orphan one
            throw InvalidInputException.of("attendeePartnerId", "session.attendees-locked");
        }
        session.reschedule(
                plans.startOf(plan),
                Duration.ofMinutes(Objects.requireNonNull(plan.durationMinutes())),
                Objects.requireNonNull(plan.format()),
                SessionPlans.blankToNull(plan.place()),
                plan.attendeePartnerId());
        sessions.flush();
        audit.recordChange(AuditAction.SESSION_CHANGED, session.coupleId(), null, "rescheduled");
    }

    /** Records that the session took place (or, with NO_SHOW, that nobody came); SCHEDULED undoes either. */
    @Transactional
    public void setStatus(long sessionId, long version, SessionStatus status) {
        if (status == SessionStatus.CANCELLED) {
            throw InvalidInputException.of("status", "session.cancel-needs-reason");
        }
        CounsellingSession session = counselorsSession(sessionId, AuditAction.SESSION_CHANGED);
        EditConflictException.check(version, session.getVersion(), "session " + sessionId);
        if (status != SessionStatus.SCHEDULED && session.startsAt().isAfter(clock.instant())) {
            throw InvalidInputException.of("status", "session.not-started");
        }
        requireNoSignedNote(notes.findBySessionId(sessionId));
        session.changeStatus(status);
        sessions.flush();
        audit.recordChange(AuditAction.SESSION_CHANGED, session.coupleId(), null, status.name());
    }

    /** Calls a session off, saying who cancelled and why. */
    @Transactional
    public void cancel(long sessionId, long version, @Nullable CancelledBy by, @Nullable String reason) {
        CounsellingSession session = counselorsSession(sessionId, AuditAction.SESSION_CHANGED);
        EditConflictException.check(version, session.getVersion(), "session " + sessionId);
        if (session.status() != SessionStatus.SCHEDULED) {
            throw InvalidInputException.of("status", "session.only-scheduled-cancel");
        }
        if (by == null) {
            throw InvalidInputException.of("cancelledBy", "validation.required");
        }
        if (reason == null || reason.isBlank() || reason.length() > SessionSummary.CANCEL_REASON_MAX_LENGTH) {
            throw InvalidInputException.requiredOrTooLong("reason", reason, SessionSummary.CANCEL_REASON_MAX_LENGTH);
        }
        session.cancel(by, reason.strip());
        sessions.flush();
        audit.recordChange(AuditAction.SESSION_CHANGED, session.coupleId(), null, "cancelled by " + by.name());
    }

    /** The caller's other sessions that would share time with this plan; a warning, not a refusal. */
    @Transactional(readOnly = true)
    public List<SessionOverlap> overlaps(SessionPlan plan, @Nullable Long exceptSessionId) {
        if (plan.date() == null
                || plan.start() == null
                || plan.durationMinutes() == null
                || plan.durationMinutes() < 1) {
            return List.of();
        }
        Instant start = plans.startOf(plan);
        return sessions.overlapping(
                currentUser.require().accountId(),
                start,
                start.plus(Duration.ofMinutes(plan.durationMinutes())),
                exceptSessionId == null ? 0 : exceptSessionId,
                SessionStatus.CANCELLED);
    }

    /** The couple's partners, for scheduling (who attends). */
    @Transactional(readOnly = true)
    public CouplePartners partnersOf(long coupleId) {
        return access.partnersForCounselor(coupleId, AuditAction.SESSION_VIEWED);
    }

    /** One session of the caller's caseload. */
    @Transactional(readOnly = true)
    public SessionSummary session(long sessionId) {
        CounsellingSession session = counselorsSession(sessionId, AuditAction.SESSION_VIEWED);
        return sessions.summary(session.id(), currentUser.require().accountId())
                .orElseThrow(() -> access.denied(AuditAction.SESSION_VIEWED, session.coupleId()));
    }

    /** One page of a couple's sessions, latest first, for its counselor. */
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsOfCouple(long coupleId, Pageable pageable) {
        access.requireCounselorOf(coupleId, AuditAction.SESSION_VIEWED);
        return sessions.pageOfCouple(coupleId, currentUser.require().accountId(), Paging.clamp(pageable));
    }

    /**
     * One page of the sessions a partner of the couple was part of, exactly as that partner's own record lists them,
     * for the couple's counselor. Not audited here: the record export that asks is audited once.
     */
    @Transactional(readOnly = true)
    public List<SessionDate> datesForRecord(long coupleId, long partnerId, Pageable pageable) {
        CouplePartners couple = access.partnersForCounselor(coupleId, AuditAction.SESSION_VIEWED);
        if (!couple.contains(partnerId)) {
            throw access.denied(AuditAction.SESSION_VIEWED, coupleId);
        }
        return sessions.datesOfPartner(coupleId, partnerId, Paging.clamp(pageable));
    }

    /** How many sessions a couple has, for its counselor. */
    @Transactional(readOnly = true)
    public long countSessionsOfCouple(long coupleId) {
        access.requireCounselorOf(coupleId, AuditAction.SESSION_VIEWED);
        return sessions.countByCouple(coupleId);
    }

    /** The caller's sessions in the seven days from {@code firstDay}, in time order. */
    @Transactional(readOnly = true)
    public List<SessionSummary> week(LocalDate firstDay) {
        return days(firstDay, 7);
    }

    /** The caller's sessions in {@code count} days (1 to 7) from {@code firstDay}, in time order: a calendar page. */
    @Transactional(readOnly = true)
    public List<SessionSummary> days(LocalDate firstDay, int count) {
        int days = Math.clamp(count, 1, 7);
        return sessions.agenda(
                currentUser.require().accountId(),
                calendar.startOf(firstDay),
                calendar.endOf(firstDay.plusDays(days - 1L)));
    }

    /** The caller's sessions whose note is still unsigned a day after they ended, oldest first (at most 50). */
    @Transactional(readOnly = true)
    public List<SessionSummary> notesToSign() {
        // the same rule as SessionSummary.noteOverdue, as a query
        return sessions.unsignedBefore(
                currentUser.require().accountId(),
                Set.of(SessionStatus.SCHEDULED, SessionStatus.COMPLETED),
                clock.instant().minus(SIGN_WITHIN),
                Limit.of(NOTES_TO_SIGN_SHOWN));
    }

    /** The couple's last session that took place before this one, if any. */
    Optional<CounsellingSession> previousHeld(CounsellingSession session) {
        return sessions
                .heldBefore(
                        session.coupleId(),
                        session.startsAt(),
                        Set.of(SessionStatus.SCHEDULED, SessionStatus.COMPLETED),
                        Limit.of(1))
                .stream()
                .findFirst();
    }

    /** The session, if the caller is its couple's counselor right now; refused and audited otherwise. */
    CounsellingSession counselorsSession(long sessionId, AuditAction action) {
        Optional<CounsellingSession> session = sessions.findById(sessionId);
        if (session.isEmpty() || !access.isCounselorOf(session.get().coupleId())) {
            throw access.denied(
                    action, session.map(CounsellingSession::coupleId).orElse(null));
        }
        return session.get();
    }

    /** The session a signed note records is part of that record: it no longer changes. */
    private static void requireNoSignedNote(Optional<SessionNote> note) {
        if (note.map(SessionNote::isSigned).orElse(false)) {
            throw InvalidInputException.of("status", "session.note-signed-frozen");
        }
    }
}
