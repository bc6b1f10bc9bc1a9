package app.dyad.sessions;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.CommandReceipts;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.CouplePartners;
import app.dyad.identity.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring sessions: a couple's weekly or fortnightly sessions, each occurrence its own session, created together
 * in one transaction, once per command, and audited like single schedulings. Single sessions are
 * {@link AppointmentService}'s.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class SessionSeries {

    private static final String KIND = "SESSION_SERIES_SCHEDULED";

    private final CounsellingSessionRepository sessions;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final SessionPlans plans;
    private final Clock clock;
    private final CommandReceipts receipts;

    SessionSeries(
            CounsellingSessionRepository sessions,
            CaseAccess access,
            AuditTrail audit,
            CurrentUser currentUser,
            SessionPlans plans,
            Clock clock,
            CommandReceipts receipts) {
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.plans = plans;
        this.clock = clock;
        this.receipts = receipts;
    }

    /**
     * Schedules the plan on every day of the recurrence (the plan's date is the first); returns the sessions' ids in
     * time order. A first session already past is refused; a repeat of the command returns the first call's ids.
     */
    @Transactional
    public List<Long> schedule(long coupleId, UUID commandId, SessionPlan plan, Recurrence recurrence) {
        CouplePartners couple = access.partnersForCounselor(coupleId, AuditAction.SESSION_SCHEDULED);
        plans.validate(plan, couple);
        List<LocalDate> days = recurrence.days(Objects.requireNonNull(plan.date()));
        if (plans.startOf(plan).isBefore(clock.instant())) {
            throw InvalidInputException.of("date", "session.in-past");
        }
        long me = currentUser.require().accountId();
        Optional<String> done = receipts.claim(commandId, KIND, me);
        if (done.isPresent()) {
            return Arrays.stream(done.get().split(",")).map(Long::valueOf).toList();
        }
        Instant now = clock.instant();
        List<Long> ids = sessions
                .saveAllAndFlush(days.stream()
                        .map(day -> plans.newSession(coupleId, plan, day, me, now))
                        .toList())
                .stream()
                .map(CounsellingSession::id)
                .toList();
        receipts.done(commandId, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        for (int i = 0; i < ids.size(); i++) {
            audit.recordChange(
                    AuditAction.SESSION_SCHEDULED,
                    coupleId,
                    plan.attendeePartnerId(),
                    "series " + (i + 1) + " of " + ids.size());
        }
        return ids;
    }

    /**
     * The caller's other sessions that would share time with any session of the series; a warning, not a refusal.
     * One query for the whole series.
     */
    @Transactional(readOnly = true)
    public List<SessionOverlap> overlaps(SessionPlan plan, Recurrence recurrence) {
        if (plan.date() == null
                || plan.start() == null
                || plan.durationMinutes() == null
                || plan.durationMinutes() < 1) {
            return List.of();
        }
        List<LocalDate> days;
        try {
            days = recurrence.days(plan.date());
        } catch (InvalidInputException outOfRange) {
            return List.of(); // said next to the field when saving
        }
        Duration length = Duration.ofMinutes(plan.durationMinutes());
        List<Instant> starts =
                days.stream().map(day -> plans.startOf(plan, day)).toList();
        return sessions
                .overlapping(
                        currentUser.require().accountId(),
                        starts.getFirst(),
                        starts.getLast().plus(length),
                        0,
                        SessionStatus.CANCELLED)
                .stream()
                .filter(o -> starts.stream()
                        .anyMatch(s -> o.startsAt().isBefore(s.plus(length))
                                && o.endsAt().isAfter(s)))
                .toList();
    }
}
