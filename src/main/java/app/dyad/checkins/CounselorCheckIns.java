package app.dyad.checkins;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.CouplePartners;
import app.dyad.exercises.Visibility;
import app.dyad.identity.CurrentUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselor's side of check-ins: each couple's plan (how often, and whether the partners see each other's scores
 * once both have answered) and the couple's progress. Only for the couple's assigned counselor ({@link CaseAccess}).
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class CounselorCheckIns {

    private final CheckInPlanRepository plans;
    private final CheckInRepository checkIns;
    private final Instruments instruments;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ClinicCalendar calendar;
    private final CheckInRecords records;

    CounselorCheckIns(
            CheckInPlanRepository plans,
            CheckInRepository checkIns,
            Instruments instruments,
            CaseAccess access,
            CurrentUser currentUser,
            AuditTrail audit,
            ClinicCalendar calendar,
            CheckInRecords records) {
        this.records = records;
        this.plans = plans;
        this.checkIns = checkIns;
        this.instruments = instruments;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.calendar = calendar;
    }

    /**
     * Sets how often the couple's check-in comes round and who sees each partner's scores; a colleague's change made
     * meanwhile is refused, never overwritten. A new cadence counts from today.
     */
    @Transactional
    public PlanView savePlan(long coupleId, Cadence cadence, Visibility visibility, long expectedVersion) {
        access.requireCounselorOf(coupleId, AuditAction.CHECKIN_PLAN_SET);
        if (visibility == Visibility.SHARED) {
            // a score seen before one's own answer colours that answer: shared means "once both have answered"
            throw InvalidInputException.of("visibility", "checkins.plan.visibility-invalid");
        }
        CheckInPlan plan = plans.findByCoupleId(coupleId).orElse(null);
        if (plan == null) {
            if (expectedVersion != PlanView.NEW) {
                throw new EditConflictException("check-in plan");
            }
            plan = new CheckInPlan(coupleId);
        } else {
            EditConflictException.check(expectedVersion, plan.getVersion(), "check-in plan");
        }
        plan.change(cadence, visibility, calendar.today(), currentUser.require().accountId(), calendar.now());
        PlanView saved = plans.saveAndFlush(plan).view();
        audit.recordChange(AuditAction.CHECKIN_PLAN_SET, coupleId, null, cadence + " " + visibility);
        return saved;
    }

    /**
     * The couple's handed-in check-ins for its record: all with their answers ({@code asPartnerId} null), or exactly
     * what that partner's own record shows. Not audited here: the record export that asks is audited once.
     */
    @Transactional(readOnly = true)
    public List<CheckInRecord> forRecord(long coupleId, @Nullable Long asPartnerId) {
        CouplePartners partners = access.partnersForCounselor(coupleId, AuditAction.CHECKINS_VIEWED);
        if (asPartnerId != null && !partners.contains(asPartnerId)) {
            throw access.denied(AuditAction.CHECKINS_VIEWED, coupleId);
        }
        return records.of(coupleId, asPartnerId);
    }

    /** The couple's plan and progress: each partner's trend per instrument, latest answers and differences. */
    @Transactional(readOnly = true)
    public CoupleProgress progress(long coupleId) {
        CouplePartners partners = access.partnersForCounselor(coupleId, AuditAction.CHECKINS_VIEWED);
        PlanView plan =
                plans.findByCoupleId(coupleId).map(CheckInPlan::view).orElseGet(() -> PlanView.none(calendar.today()));
        List<InstrumentProgress> progress = ProgressBuilder.build(
                instruments.all(),
                checkIns.submittedOfCouple(coupleId),
                partners.partnerOneId(),
                partners.partnerOneName(),
                partners.partnerTwoId(),
                partners.partnerTwoName());
        audit.recordRead(AuditAction.CHECKINS_VIEWED, coupleId, null);
        return new CoupleProgress(plan, progress);
    }

    /**
     * For the page of a session starting at {@code sessionStart}: each partner's latest score per instrument handed in
     * before it, and its change since the last session ({@code previousSessionStart}, null before the first) when one
     * was handed in since; so a past session's page shows what was known then.
     */
    @Transactional(readOnly = true)
    public List<ScoreChange> beforeSession(
            long coupleId, Instant sessionStart, @Nullable Instant previousSessionStart) {
        CouplePartners partners = access.partnersForCounselor(coupleId, AuditAction.CHECKINS_VIEWED);
        List<CheckIn> known = checkIns.submittedOfCouple(coupleId).stream()
                .filter(c -> c.submittedAt() != null && c.submittedAt().isBefore(sessionStart))
                .sorted(Comparator.comparing(CheckIn::submittedAt))
                .toList();
        List<ScoreChange> changes = new ArrayList<>();
        for (InstrumentView instrument : instruments.all()) {
            addChange(
                    changes,
                    instrument,
                    known,
                    partners.partnerOneId(),
                    partners.partnerOneName(),
                    previousSessionStart);
            addChange(
                    changes,
                    instrument,
                    known,
                    partners.partnerTwoId(),
                    partners.partnerTwoName(),
                    previousSessionStart);
        }
        if (!changes.isEmpty()) {
            audit.recordRead(AuditAction.CHECKINS_VIEWED, coupleId, null);
        }
        return changes;
    }

    private static void addChange(
            List<ScoreChange> changes,
            InstrumentView instrument,
            List<CheckIn> known,
            long partnerId,
            String name,
            @Nullable Instant previousSessionStart) {
        List<CheckIn> theirs = known.stream()
                .filter(c -> c.partnerId() == partnerId && ProgressBuilder.answersAll(instrument, c))
                .toList();
        if (theirs.isEmpty()) {
            return;
        }
        CheckIn last = theirs.getLast();
        double latest = instrument.score(last.values());
        Double change = null;
        if (previousSessionStart != null
                && !Objects.requireNonNull(last.submittedAt()).isBefore(previousSessionStart)) {
            change = theirs.stream()
                    .filter(c -> Objects.requireNonNull(c.submittedAt()).isBefore(previousSessionStart))
                    .reduce((first, second) -> second)
                    .map(before -> Math.round((latest - instrument.score(before.values())) * 10) / 10.0)
                    .orElse(null);
        }
        changes.add(new ScoreChange(partnerId, name, instrument.title(), latest, change));
    }
}
