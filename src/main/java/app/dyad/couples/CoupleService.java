package app.dyad.couples;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditTrail;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.CommandValidator;
import app.dyad.couples.spi.HomeworkFigures;
import app.dyad.couples.spi.NextSessions;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.identity.AccountService;
import app.dyad.identity.CurrentUser;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Couples for the people who work on them: the counselor's caseload and case file, the client's own space. */
@Service
public class CoupleService {

    private static final Set<String> CASELOAD_SORTS = Set.of("caseName", "status", "startedOn");

    private final CoupleRepository couples;
    private final PartnerRepository partners;
    private final GoalRepository goals;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final CommandValidator validator;
    private final ClinicCalendar calendar;
    private final HomeworkFigures homeworkFigures;
    private final NextSessions nextSessions;

    CoupleService(CoupleRepository couples, PartnerRepository partners, GoalRepository goals, CaseAccess access,
            AuditTrail audit, CurrentUser currentUser, AccountService accounts, CommandValidator validator, ClinicCalendar calendar,
            HomeworkFigures homeworkFigures, NextSessions nextSessions) {
        this.couples = couples;
        this.partners = partners;
        this.goals = goals;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.validator = validator;
        this.calendar = calendar;
        this.homeworkFigures = homeworkFigures;
        this.nextSessions = nextSessions;
    }

    /** One page of the caller's own caseload. */
    @PreAuthorize("hasRole('COUNSELOR')")
    @Transactional(readOnly = true)
    public List<CaseloadRow> findCaseload(CaseloadFilter filter, Pageable pageable) {
        List<CaseloadRow> rows = couples.caseload(currentUser.require().accountId(), filter.status(),
                Paging.containsPattern(filter.search()), Paging.clamp(pageable, CASELOAD_SORTS, "caseName"));
        Map<Long, HomeworkFigures.Counts> figures = homeworkFigures.forCouples(
                rows.stream().map(CaseloadRow::id).toList(), calendar.today());
        Map<Long, java.time.Instant> next = nextSessions.forCouples(rows.stream().map(CaseloadRow::id).toList(),
                calendar.now());
        return rows.stream().map(r -> r.with(figures.getOrDefault(r.id(), HomeworkFigures.Counts.NONE),
                next.get(r.id()))).toList();
    }

    /** How many couples of the caller's caseload match the filter. */
    @PreAuthorize("hasRole('COUNSELOR')")
    @Transactional(readOnly = true)
    public long countCaseload(CaseloadFilter filter) {
        return couples.countCaseload(currentUser.require().accountId(), filter.status(), Paging.containsPattern(filter.search()));
    }

    /** The couple's case file, for its assigned counselor; the read is audited. */
    @Transactional(readOnly = true)
    public CoupleFile getCouple(long coupleId) {
        Couple couple = access.counselorCase(coupleId, AuditAction.COUPLE_VIEWED);
        CoupleFile file = file(couple);
        audit.recordRead(AuditAction.COUPLE_VIEWED, coupleId, null);
        return file;
    }

    /** Replaces the presenting concerns, if nobody changed the case since the counselor loaded it. */
    @Transactional
    public CoupleFile updatePresentingConcerns(long coupleId, long version, @Nullable String text) {
        Couple couple = access.counselorCase(coupleId, AuditAction.CONCERNS_UPDATED);
        EditConflictException.check(version, couple.getVersion(), "couple " + coupleId);
        if (text != null && text.length() > 10_000) {
            throw InvalidInputException.of("presentingConcerns", "validation.too-long");
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
        String note = edit.note() == null || edit.note().isBlank() ? null : edit.note().strip();
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
            partner = couple.partners().stream().filter(p -> p.id() == goal.partnerId()).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("partner", "goals.partner-unknown"));
        }
        goals.save(new Goal(couple, partner, goal.description().strip(), Objects.requireNonNull(goal.visibility()),
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

    /** The caller's own space as a partner: counselor, partner's name, own details, the goals they may see. */
    @Transactional(readOnly = true)
    public MySpace getMySpace() {
        Partner me = access.ownPartner(AuditAction.CLIENT_SPACE_VIEWED);
        Couple couple = couples.findWithPartners(me.couple().id()).orElseThrow();
        Partner other = couple.partner(me.position() == 1 ? 2 : 1);
        List<GoalView> visible = goals.findByCouple(couple).stream()
                .filter(goal -> goal.visibleToPartner(me.id())).map(Goal::view).toList();
        String counselor = accounts.displayNames(List.of(couple.counselorId())).getOrDefault(couple.counselorId(), "");
        audit.recordRead(AuditAction.CLIENT_SPACE_VIEWED, couple.id(), me.id());
        return new MySpace(couple.id(), couple.caseName(), counselor, other.details().callName(), me.view(),
                visible.stream().filter(GoalView::isCoupleGoal).toList(),
                visible.stream().filter(g -> Objects.equals(g.partnerId(), me.id())).toList(),
                visible.stream().filter(g -> Objects.equals(g.partnerId(), other.id())).toList());
    }

    /** A partner changes how they are called and reached; changing the email goes through {@link #changeMyEmail}. */
    @Transactional
    public MySpace updateMyContact(MyContactEdit edit) {
        Partner me = access.ownPartner(AuditAction.CONTACT_UPDATED);
        validator.validate(edit);
        EditConflictException.check(edit.version(), me.getVersion(), "partner " + me.id());
        PartnerDetails current = me.details();
        me.update(new PartnerDetails(current.firstName(), current.lastName(), edit.preferredName(), edit.pronouns(),
                current.email(), edit.phone(), current.dateOfBirth()).normalised());
        partners.flush();
        audit.recordChange(AuditAction.CONTACT_UPDATED, me.couple().id(), me.id(), "contact");
        return getMySpace();
    }

    /** A partner changes their email, which is also their sign-in: their password is required. */
    @Transactional
    public MySpace changeMyEmail(String newEmail, String password) {
        Partner me = access.ownPartner(AuditAction.CONTACT_UPDATED);
        String changed = accounts.changeOwnEmail(newEmail, password);
        me.changeEmail(changed);
        partners.flush();
        audit.recordChange(AuditAction.CONTACT_UPDATED, me.couple().id(), me.id(), "email");
        return getMySpace();
    }

    private CoupleFile fileAfterFlush(Couple couple) {
        couples.flush();
        return file(couple);
    }

    private CoupleFile file(Couple couple) {
        return new CoupleFile(couple.id(), couple.getVersion(), couple.caseName(), couple.status(), couple.startedOn(),
                couple.partner(1).view(), couple.partner(2).view(), couple.presentingConcerns(),
                goals.findByCouple(couple).stream().map(Goal::view).toList(),
                couple.secretsPolicy(), couple.secretsAgreedOn(), couple.secretsNote());
    }


}
