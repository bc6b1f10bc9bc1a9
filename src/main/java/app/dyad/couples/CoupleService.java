package app.dyad.couples;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.CommandValidator;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.couples.spi.CaseAlerts;
import app.dyad.couples.spi.HomeworkFigures;
import app.dyad.couples.spi.NextSessions;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.SignInState;
import app.dyad.identity.SignInStates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselor's couples: the caseload, and the case file of a couple assigned to them (concerns, agreement,
 * goals). Ownership comes from {@link CaseAccess}. The partners' side is {@link MyCouple}, the admin's
 * {@link CoupleAdminService}.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class CoupleService {

    private static final Set<String> CASELOAD_SORTS = Set.of("caseName", "status", "startedOn");

    private final CoupleRepository couples;
    private final GoalRepository goals;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final CommandValidator validator;
    private final ClinicCalendar calendar;
    private final HomeworkFigures homeworkFigures;
    private final NextSessions nextSessions;
    private final CaseAlerts caseAlerts;
    private final SignInStates signInStates;
    private final PartnerSpaces spaces;

    CoupleService(
            CoupleRepository couples,
            GoalRepository goals,
            CaseAccess access,
            AuditTrail audit,
            CurrentUser currentUser,
            CommandValidator validator,
            ClinicCalendar calendar,
            HomeworkFigures homeworkFigures,
            NextSessions nextSessions,
            CaseAlerts caseAlerts,
            SignInStates signInStates,
            PartnerSpaces spaces) {
        this.couples = couples;
        this.goals = goals;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.validator = validator;
        this.signInStates = signInStates;
        this.spaces = spaces;
        this.calendar = calendar;
        this.homeworkFigures = homeworkFigures;
        this.nextSessions = nextSessions;
        this.caseAlerts = caseAlerts;
    }

    /** One page of the caller's own caseload. */
    @Transactional(readOnly = true)
    public List<CaseloadRow> findCaseload(CaseloadFilter filter, Pageable pageable) {
        List<CaseloadRow> rows = couples.caseload(
                currentUser.require().accountId(),
                filter.status(),
                Paging.containsPattern(filter.search()),
                Paging.clamp(pageable, CASELOAD_SORTS, "caseName"));
        Map<Long, HomeworkFigures.Counts> figures =
                homeworkFigures.forCouples(rows.stream().map(CaseloadRow::id).toList(), calendar.today());
        Map<Long, Instant> next =
                nextSessions.forCouples(rows.stream().map(CaseloadRow::id).toList(), calendar.now());
        Set<Long> urgent = caseAlerts.urgent(rows.stream().map(CaseloadRow::id).toList());
        return rows.stream()
                .map(r -> r.with(
                        figures.getOrDefault(r.id(), HomeworkFigures.Counts.NONE),
                        next.get(r.id()),
                        urgent.contains(r.id())))
                .toList();
    }

    /** How many couples of the caller's caseload match the filter. */
    @Transactional(readOnly = true)
    public long countCaseload(CaseloadFilter filter) {
        return couples.countCaseload(
                currentUser.require().accountId(), filter.status(), Paging.containsPattern(filter.search()));
    }

    /** The couple's case file, for its assigned counselor; the read is audited. */
    @Transactional(readOnly = true)
    public CoupleFile getCouple(long coupleId) {
        Couple couple = access.counselorCase(coupleId, AuditAction.COUPLE_VIEWED);
        CoupleFile file = file(couple);
        audit.recordRead(AuditAction.COUPLE_VIEWED, coupleId, null);
        return file;
    }

    /**
     * A partner's space exactly as that partner sees it on their home (their details, the goals they may see), for the
     * couple's counselor preparing the record "for this partner". Audited as a read of the couple.
     */
    @Transactional(readOnly = true)
    public MySpace spaceAsSeenBy(long coupleId, long partnerId) {
        Couple couple = access.counselorCase(coupleId, AuditAction.COUPLE_VIEWED);
        Partner partner = couple.partners().stream()
                .filter(p -> p.id() == partnerId)
                .findFirst()
                .orElseThrow(() -> access.denied(AuditAction.COUPLE_VIEWED, coupleId));
        MySpace space = spaces.of(couple, partner);
        audit.recordRead(AuditAction.COUPLE_VIEWED, coupleId, partnerId);
        return space;
    }

    /** Replaces the presenting concerns, if nobody changed the case since the counselor loaded it. */
    @Transactional
    public CoupleFile updatePresentingConcerns(long coupleId, long version, @Nullable String text) {
        Couple couple = access.counselorCase(coupleId, AuditAction.CONCERNS_UPDATED);
        EditConflictException.check(version, couple.getVersion(), "couple " + coupleId);
        if (text != null && text.length() > CoupleFile.CONCERNS_MAX_LENGTH) {
            throw InvalidInputException.tooLong("presentingConcerns", CoupleFile.CONCERNS_MAX_LENGTH);
        }
        couple.describeConcerns(text == null || text.isBlank() ? null : text.strip());
        CoupleFile file = fileAfterFlush(couple);
        audit.recordChange(AuditAction.CONCERNS_UPDATED, coupleId, null, null);
        return file;
    }

    /** Records the couple's confidentiality agreement. */
    @Transactional
    public CoupleFile recordAgreement(long coupleId, AgreementEdit edit) {
        Couple couple = access.counselorCase(coupleId, AuditAction.AGREEMENT_RECORDED);
        validator.validate(edit);
        EditConflictException.check(edit.coupleVersion(), couple.getVersion(), "couple " + coupleId);
        String note = edit.note() == null || edit.note().isBlank()
                ? null
                : edit.note().strip();
        couple.recordAgreement(Objects.requireNonNull(edit.policy()), Objects.requireNonNull(edit.agreedOn()), note);
        CoupleFile file = fileAfterFlush(couple);
        audit.recordChange(AuditAction.AGREEMENT_RECORDED, coupleId, null, null);
        return file;
    }

    /** Adds a goal for the couple or for one of its partners. */
    @Transactional
    public CoupleFile addGoal(long coupleId, NewGoal goal) {
        Couple couple = access.counselorCase(coupleId, AuditAction.GOAL_ADDED);
        validator.validate(goal);
        Partner partner = null;
        if (goal.partnerId() != null) {
            partner = couple.partners().stream()
                    .filter(p -> p.id() == goal.partnerId())
                    .findFirst()
                    .orElseThrow(() -> InvalidInputException.of("partner", "goals.partner-unknown"));
        }
        goals.save(new Goal(
                couple,
                partner,
                goal.description().strip(),
                Objects.requireNonNull(goal.visibility()),
                calendar.now()));
        CoupleFile file = fileAfterFlush(couple);
        audit.recordChange(AuditAction.GOAL_ADDED, coupleId, partner == null ? null : partner.id(), null);
        return file;
    }

    /** Edits a goal (text, visibility, achieved date) on the version the counselor saw. */
    @Transactional
    public CoupleFile updateGoal(GoalEdit edit) {
        Goal goal = goals.findById(edit.goalId()).orElseThrow(() -> access.denied(AuditAction.GOAL_UPDATED, null));
        long coupleId = goal.couple().id();
        Couple couple = access.counselorCase(coupleId, AuditAction.GOAL_UPDATED);
        validator.validate(edit);
        EditConflictException.check(edit.version(), goal.getVersion(), "goal " + edit.goalId());
        goal.edit(edit.description().strip(), Objects.requireNonNull(edit.visibility()), edit.achievedOn());
        CoupleFile file = fileAfterFlush(couple);
        audit.recordChange(AuditAction.GOAL_UPDATED, coupleId, goal.view().partnerId(), null);
        return file;
    }

    private CoupleFile fileAfterFlush(Couple couple) {
        couples.flush();
        return file(couple);
    }

    private CoupleFile file(Couple couple) {
        Partner one = couple.partner(1);
        Partner two = couple.partner(2);
        Map<Long, SignInState> logins = signInStates.of(Stream.of(one.accountId(), two.accountId())
                .filter(Objects::nonNull)
                .toList());
        return new CoupleFile(
                couple.id(),
                couple.getVersion(),
                couple.caseName(),
                couple.status(),
                couple.startedOn(),
                one.view(one.accountId() == null ? null : logins.get(one.accountId())),
                two.view(two.accountId() == null ? null : logins.get(two.accountId())),
                couple.presentingConcerns(),
                goals.findByCouple(couple).stream().map(Goal::view).toList(),
                couple.secretsPolicy(),
                couple.secretsAgreedOn(),
                couple.secretsNote());
    }
}
