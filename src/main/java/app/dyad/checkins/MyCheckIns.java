package app.dyad.checkins;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.ClientCase;
import app.dyad.exercises.ResponseState;
import app.dyad.exercises.Visibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's check-ins: the one open now, a draft that saves itself, handing it in, and their progress, with the
 * partner's scores only as {@link CheckInDisclosure} allows. The couple and partner come from {@link CaseAccess}.
 */
@Service
@PreAuthorize("hasRole('CLIENT')")
public class MyCheckIns {

    /** The version a page sends when nothing is saved yet (a saved check-in's first version is 0). */
    public static final long NOTHING_SAVED = -1;

    /** The field an error names when the round itself is the problem: closed, or already handed in. */
    public static final String ROUND_FIELD = "round";

    private final CheckInPlanRepository plans;
    private final CheckInRepository checkIns;
    private final Instruments instruments;
    private final CheckInSchedule schedule;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final ClinicCalendar calendar;
    private final CheckInRecords records;

    MyCheckIns(
            CheckInPlanRepository plans,
            CheckInRepository checkIns,
            Instruments instruments,
            CheckInSchedule schedule,
            CaseAccess access,
            AuditTrail audit,
            ClinicCalendar calendar,
            CheckInRecords records) {
        this.records = records;
        this.plans = plans;
        this.checkIns = checkIns;
        this.instruments = instruments;
        this.schedule = schedule;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** The check-in waiting for the signed-in partner today, with their draft; none when nothing is open or done. */
    @Transactional(readOnly = true)
    public Optional<MyCheckIn> open() {
        ClientCase me = access.clientCase(AuditAction.CHECKINS_VIEWED);
        Optional<CheckInPlan> plan = plans.findRunningOf(me.coupleId());
        Optional<LocalDate> round = plan.flatMap(p -> schedule.openRound(p, calendar.today()));
        if (plan.isEmpty() || round.isEmpty()) {
            return Optional.empty();
        }
        Optional<CheckIn> mine =
                checkIns.findByCoupleIdAndPartnerIdAndRoundOn(me.coupleId(), me.partnerId(), round.get());
        if (mine.isPresent() && mine.get().isSubmitted()) {
            return Optional.empty();
        }
        return Optional.of(new MyCheckIn(
                round.get(),
                instruments.all(),
                mine.map(CheckIn::values).orElse(Map.of()),
                mine.map(CheckIn::getVersion).orElse(NOTHING_SAVED),
                mine.map(CheckIn::visibility).orElse(plan.get().visibility())));
    }

    /**
     * Saves the partner's draft of the open round; answers outside a question's range are refused. {@code shown} is
     * who the page told the partner would see it: a new check-in is kept under that or the plan's rule, whichever
     * shows less, so a change of plan while the page was open never widens what they agreed to.
     */
    @Transactional
    public long saveDraft(LocalDate roundOn, Map<Long, Integer> values, long expectedVersion, Visibility shown) {
        return write(roundOn, values, expectedVersion, shown, false);
    }

    /**
     * Hands the check-in in: every question must be answered. Once handed in it is final, and under "reveal together"
     * the partner's scores of this round become visible to each once both have.
     */
    @Transactional
    public long submit(LocalDate roundOn, Map<Long, Integer> values, long expectedVersion, Visibility shown) {
        return write(roundOn, values, expectedVersion, shown, true);
    }

    private long write(
            LocalDate roundOn, Map<Long, Integer> values, long expectedVersion, Visibility shown, boolean submit) {
        AuditAction action = submit ? AuditAction.CHECKIN_SUBMITTED : AuditAction.CHECKIN_SAVED;
        ClientCase me = access.clientCase(action);
        CheckInPlan plan =
                plans.findRunningOf(me.coupleId()).orElseThrow(() -> refused(action, me, "checkins.round-closed"));
        if (!schedule.openRound(plan, calendar.today()).filter(roundOn::equals).isPresent()) {
            throw refused(action, me, "checkins.round-closed");
        }
        Map<Long, Integer> checked = checked(values, submit);
        CheckIn checkIn = checkIns.findByCoupleIdAndPartnerIdAndRoundOn(me.coupleId(), me.partnerId(), roundOn)
                .orElse(null);
        if (checkIn == null) {
            if (expectedVersion != NOTHING_SAVED) {
                throw new EditConflictException("check-in");
            }
            checkIn = new CheckIn(me.coupleId(), me.partnerId(), roundOn, narrower(shown, plan.visibility()));
        } else {
            EditConflictException.check(expectedVersion, checkIn.getVersion(), "check-in");
            if (checkIn.isSubmitted()) {
                throw refused(action, me, "checkins.already-submitted");
            }
        }
        checkIn.save(checked, calendar.now());
        if (submit) {
            checkIn.submit(calendar.now());
        }
        long version;
        try {
            version = checkIns.saveAndFlush(checkIn).getVersion();
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException startedInAnotherWindow) {
            // the same partner's first answer from another window was saved a moment earlier
            throw new EditConflictException("check-in");
        }
        audit.recordChange(action, me.coupleId(), me.partnerId(), null);
        return version;
    }

    /** A write to a round that is not open to the partner: refused, audited, and said plainly on the page. */
    private InvalidInputException refused(AuditAction action, ClientCase me, String reason) {
        audit.recordRefusal(action, me.coupleId(), me.partnerId(), reason);
        return InvalidInputException.of(ROUND_FIELD, reason);
    }

    /** Of two rules, the one that shows the partner less: "counselor only" over "reveal together". */
    private static Visibility narrower(Visibility a, Visibility b) {
        return a == Visibility.COUNSELOR_ONLY || b == Visibility.COUNSELOR_ONLY ? Visibility.COUNSELOR_ONLY : b;
    }

    /** Only answers to known questions within their range; a hand-in needs every question answered. */
    private Map<Long, Integer> checked(Map<Long, Integer> values, boolean complete) {
        Map<Long, Integer> checked = new HashMap<>();
        for (InstrumentView instrument : instruments.all()) {
            for (ItemView item : instrument.items()) {
                Integer value = values.get(item.id());
                if (value == null) {
                    if (complete) {
                        throw InvalidInputException.of("item-" + item.id(), "checkins.answer-missing");
                    }
                } else if (value < item.min() || value > item.max()) {
                    throw InvalidInputException.of("item-" + item.id(), "checkins.answer-out-of-range");
                } else {
                    checked.put(item.id(), value);
                }
            }
        }
        if (checked.size() != values.size()) {
            throw InvalidInputException.of(ROUND_FIELD, "checkins.unknown-question");
        }
        return checked;
    }

    /**
     * The signed-in partner's handed-in check-ins with their answers, and the other partner's they may see (scores
     * only), for their own record. Not audited here: the record export that asks is audited once.
     */
    @Transactional(readOnly = true)
    public List<CheckInRecord> forMyRecord() {
        ClientCase me = access.clientCase(AuditAction.CHECKINS_VIEWED);
        return records.of(me.coupleId(), me.partnerId());
    }

    /** Whether the signed-in partner has handed in any check-in, so their home can offer their progress. */
    @Transactional(readOnly = true)
    public boolean hasHandedIn() {
        ClientCase me = access.clientCase(AuditAction.CHECKINS_VIEWED);
        return checkIns.existsByCoupleIdAndPartnerIdAndState(me.coupleId(), me.partnerId(), ResponseState.SUBMITTED);
    }

    /**
     * The partner's own trend on each instrument, and the other partner's where the couple's rule lets them see it:
     * never for "counselor only", and for "reveal together" only the rounds both have handed in.
     */
    @Transactional(readOnly = true)
    public List<InstrumentProgress> progress(String ownName, String partnerName) {
        ClientCase me = access.clientCase(AuditAction.CHECKINS_VIEWED);
        List<CheckIn> visible = CheckInDisclosure.visibleTo(me.partnerId(), checkIns.submittedOfCouple(me.coupleId()));
        if (!visible.isEmpty()) {
            audit.recordRead(AuditAction.CHECKINS_VIEWED, me.coupleId(), me.partnerId());
        }
        // scores only: the answers to each question, the partner's or side by side, are the counselor's to see
        return ProgressBuilder.build(
                        instruments.all(), visible, me.partnerId(), ownName, me.otherPartnerId(), partnerName)
                .stream()
                .map(p -> new InstrumentProgress(
                        p.instrument(), p.one(), p.two(), p.oneAnsweredOn(), p.twoAnsweredOn(), List.of(), List.of()))
                .toList();
    }
}
