package app.dyad.couples;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.CommandValidator;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountNames;
import app.dyad.identity.AccountStatus;
import app.dyad.identity.AccountSummary;
import app.dyad.identity.InvitationSent;
import app.dyad.identity.NewAccount;
import app.dyad.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic admin's side of couples: opening cases, inviting partners, assigning counselors, pausing and
 * closing. Returns names, contact data, status and counselor only, never clinical content.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CoupleAdminService {

    private static final Set<String> SORTS = Set.of("caseName", "status", "startedOn");

    private final CoupleRepository couples;
    private final PartnerRepository partners;
    private final AccountAdminService accountAdmin;
    private final AccountNames accountNames;
    private final AuditTrail audit;
    private final CommandValidator validator;
    private final Clock clock;
    private final ClinicCalendar calendar;

    CoupleAdminService(
            CoupleRepository couples,
            PartnerRepository partners,
            AccountAdminService accountAdmin,
            AccountNames accountNames,
            AuditTrail audit,
            CommandValidator validator,
            Clock clock,
            ClinicCalendar calendar) {
        this.couples = couples;
        this.partners = partners;
        this.accountAdmin = accountAdmin;
        this.accountNames = accountNames;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** One page of all couples with their counselor's name: two queries for any page. */
    @Transactional(readOnly = true)
    public List<AdminCoupleRow> findCouples(String search, Pageable pageable) {
        List<AdminCoupleRow> rows =
                couples.all(Paging.containsPattern(search), Paging.clamp(pageable, SORTS, "caseName"));
        Map<Long, String> names =
                accountNames.of(rows.stream().map(AdminCoupleRow::counselorId).toList());
        return rows.stream()
                .map(row -> row.withCounselorName(names.getOrDefault(row.counselorId(), "")))
                .toList();
    }

    /** How many couples match the search. */
    @Transactional(readOnly = true)
    public long countCouples(String search) {
        return couples.countAll(Paging.containsPattern(search));
    }

    /** Active counselors the admin can assign. */
    @Transactional(readOnly = true)
    public List<AccountSummary> counselors() {
        return accountAdmin.accountsWithRole(Role.COUNSELOR).stream()
                .filter(a -> a.status() == AccountStatus.ACTIVE)
                .toList();
    }

    /** Opens a case; each partner with an email gets a client account and an invitation link. */
    @Transactional
    public CoupleCreated createCouple(NewCouple command) {
        validator.validate(command);
        PartnerDetails one = command.partnerOne().normalised();
        PartnerDetails two = command.partnerTwo().normalised();
        if (one.email() != null && one.email().equals(two.email())) {
            throw InvalidInputException.of("partnerTwo.email", "couples.same-email");
        }
        requirePlausibleStart(Objects.requireNonNull(command.startedOn()));
        long counselorId = requireCounselor(Objects.requireNonNull(command.counselorId()));
        Optional<Long> accountOne = existingClientAccount(one, "partnerOne.email");
        Optional<Long> accountTwo = existingClientAccount(two, "partnerTwo.email");

        Couple couple = new Couple(
                command.caseNameOrDefault(),
                Objects.requireNonNull(command.status()),
                Objects.requireNonNull(command.startedOn()),
                counselorId,
                clock.instant());
        Partner partnerOne = couple.addPartner(one);
        Partner partnerTwo = couple.addPartner(two);
        couples.save(couple);

        List<InvitationSent> invitations = new ArrayList<>();
        link(partnerOne, accountOne, invitations);
        link(partnerTwo, accountTwo, invitations);
        couples.flush();
        audit.recordChange(AuditAction.COUPLE_CREATED, couple.id(), null, "counselor " + counselorId);
        return new CoupleCreated(couple.id(), couple.caseName(), invitations);
    }

    /**
     * A case starts on a day the clinic has seen: not in the future (the case is opened now) and not before
     * {@link NewCouple#EARLIEST_START_YEARS_AGO} years ago, which catches "1 January 1900" and other slips.
     */
    private void requirePlausibleStart(LocalDate startedOn) {
        LocalDate today = calendar.today();
        if (startedOn.isAfter(today) || startedOn.isBefore(today.minusYears(NewCouple.EARLIEST_START_YEARS_AGO))) {
            throw InvalidInputException.of("startedOn", "couples.started-on-range", NewCouple.EARLIEST_START_YEARS_AGO);
        }
    }

    /** Gives the case to another counselor (on the version the admin saw); the previous one loses access at once. */
    @Transactional
    public void reassignCounselor(long coupleId, long version, long counselorId) {
        Couple couple = existing(coupleId, version, AuditAction.COUNSELOR_ASSIGNED);
        long previous = couple.counselorId();
        couple.assignCounselor(requireCounselor(counselorId));
        couples.flush();
        audit.recordChange(AuditAction.COUNSELOR_ASSIGNED, coupleId, null, "from " + previous + " to " + counselorId);
    }

    /** Pauses, closes or reopens a case (on the version the admin saw). */
    @Transactional
    public void changeStatus(long coupleId, long version, CoupleStatus status) {
        Couple couple = existing(coupleId, version, AuditAction.CASE_STATUS_CHANGED);
        CoupleStatus previous = couple.status();
        couple.changeStatus(status);
        couples.flush();
        audit.recordChange(AuditAction.CASE_STATUS_CHANGED, coupleId, null, previous + " -> " + status);
    }

    private Couple existing(long coupleId, long version, AuditAction action) {
        Couple couple = couples.findById(coupleId).orElseThrow(() -> {
            audit.recordRefusal(action, coupleId, null, "no such couple");
            return new CaseNotAvailableException();
        });
        EditConflictException.check(version, couple.getVersion(), "couple " + coupleId);
        return couple;
    }

    private long requireCounselor(long accountId) {
        return accountAdmin
                .findAccount(accountId)
                .filter(a -> a.role() == Role.COUNSELOR && a.status() == AccountStatus.ACTIVE)
                .map(AccountSummary::id)
                .orElseThrow(() -> InvalidInputException.of("counselorId", "couples.counselor-invalid"));
    }

    /** An existing account for this email may be linked only if it is a client who is nobody's partner yet. */
    private Optional<Long> existingClientAccount(PartnerDetails partner, String field) {
        if (partner.email() == null) {
            return Optional.empty();
        }
        Optional<AccountSummary> existing = accountAdmin.findAccountByEmail(partner.email());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (existing.get().role() != Role.CLIENT
                || partners.existsByAccountId(existing.get().id())) {
            throw InvalidInputException.of(field, "couples.email-in-use");
        }
        return Optional.of(existing.get().id());
    }

    private void link(Partner partner, Optional<Long> existingAccount, List<InvitationSent> invitations) {
        String email = partner.email();
        if (existingAccount.isPresent()) {
            partner.linkAccount(existingAccount.get());
        } else if (email != null) {
            PartnerDetails details = partner.details();
            InvitationSent sent = accountAdmin.createAccount(new NewAccount(details.accountName(), email, Role.CLIENT));
            invitations.add(sent);
            partner.linkAccount(sent.accountId());
        }
    }
}
