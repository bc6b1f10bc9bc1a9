package app.dyad.identity;

import app.dyad.base.CommandValidator;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.mail.Delivery;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic admin's accounts: list and search, open an account (its invitation goes by mail), deactivate and
 * reactivate, send a password reset or the invitation again. Never a password, never a sign-in link (they go to the
 * person's own address: an admin holding one could sign in as anyone), never clinical content.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdminService {

    private static final Logger log = LoggerFactory.getLogger(AccountAdminService.class);

    /** Grid sort keys the admin list offers; each is an indexed property. */
    private static final Set<String> SORTABLE = Set.of("displayName", "email", "role", "status", "lastSignInAt");

    private final UserAccountRepository accounts;
    private final InvitationIssuer invitations;
    private final InvitationMails mails;
    private final AccountCredentials credentials;
    private final CommandValidator validator;
    private final CurrentUser currentUser;
    private final ActiveSessions activeSessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecondFactors secondFactors;
    private final TwoStepPolicy twoStepPolicy;
    private final TwoStepMails twoStepMails;

    AccountAdminService(
            UserAccountRepository accounts,
            InvitationIssuer invitations,
            InvitationMails mails,
            AccountCredentials credentials,
            CommandValidator validator,
            CurrentUser currentUser,
            ActiveSessions activeSessions,
            ApplicationEventPublisher events,
            Clock clock,
            SecondFactors secondFactors,
            TwoStepPolicy twoStepPolicy,
            TwoStepMails twoStepMails) {
        this.secondFactors = secondFactors;
        this.twoStepPolicy = twoStepPolicy;
        this.twoStepMails = twoStepMails;
        this.accounts = accounts;
        this.invitations = invitations;
        this.mails = mails;
        this.credentials = credentials;
        this.validator = validator;
        this.currentUser = currentUser;
        this.activeSessions = activeSessions;
        this.events = events;
        this.clock = clock;
    }

    /** One page of accounts whose name or email contains the search text. */
    @Transactional(readOnly = true)
    public List<AccountSummary> findAccounts(String search, Pageable pageable) {
        Instant now = clock.instant();
        return accounts.search(Paging.containsPattern(search), Paging.clamp(pageable, SORTABLE, "displayName")).stream()
                .map(a -> a.summary(now))
                .toList();
    }

    /** How many accounts match the search text. */
    @Transactional(readOnly = true)
    public long countAccounts(String search) {
        return accounts.countSearch(Paging.containsPattern(search));
    }

    /** The account with this email, if any. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findAccountByEmail(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email)).map(a -> a.summary(clock.instant()));
    }

    /** The account with this id, if any. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findAccount(long accountId) {
        return accounts.findById(accountId).map(a -> a.summary(clock.instant()));
    }

    /** All accounts of a role, by name (a clinic has tens of counselors, not thousands). */
    @Transactional(readOnly = true)
    public List<AccountSummary> accountsWithRole(Role role) {
        Instant now = clock.instant();
        return accounts.findByRoleOrderByDisplayName(role).stream()
                .map(a -> a.summary(now))
                .toList();
    }

    /** Opens an account and mails its one-time invitation link to the new address. */
    @Transactional
    public InvitationSent createAccount(NewAccount command) {
        validator.validate(command);
        String email = UserAccount.normaliseEmail(command.email());
        if (accounts.existsByEmail(email)) {
            throw InvalidInputException.of("email", "account.email-taken");
        }
        UserAccount account = accounts.save(
                new UserAccount(email, command.displayName(), Objects.requireNonNull(command.role()), clock.instant()));
        changed(account, "created as " + account.role());
        return mails.send(account);
    }

    /** Stops the account signing in, ends its open sessions at once and revokes a pending change of its email. */
    @Transactional
    public void deactivate(long accountId) {
        if (currentUser.require().accountId() == accountId) {
            throw InvalidInputException.of("account", "account.cannot-deactivate-self");
        }
        UserAccount account = load(accountId);
        account.deactivate();
        // else a change asked before would work again on reactivation
        credentials.changed(account);
        int ended = activeSessions.endAllFor(accountId);
        changed(account, "deactivated; " + ended + " session(s) ended");
        log.info("Account {} deactivated; {} open session(s) ended", accountId, ended);
    }

    /** Lets a deactivated account sign in again. */
    @Transactional
    public void reactivate(long accountId) {
        UserAccount account = load(accountId);
        account.reactivate();
        changed(account, "reactivated");
    }

    /**
     * Ends the account's sessions at once (the admin resets because something is wrong) and mails a fresh link in
     * place of any open one, and revokes a pending change of its email; setting the new password also lifts a lockout.
     */
    @Transactional
    public InvitationSent resetPassword(long accountId) {
        UserAccount account = load(accountId);
        credentials.changed(account);
        int ended = activeSessions.endAllFor(accountId);
        changed(account, "password reset link mailed; " + ended + " session(s) ended");
        return mails.send(account);
    }

    /** Mails a new invitation to an account that has not set its password yet; the previous link stops working. */
    @Transactional
    public InvitationSent resendInvitation(long accountId) {
        UserAccount account = load(accountId);
        if (account.passwordHash() != null) {
            throw InvalidInputException.of("account", "users.resend.has-password", account.displayName());
        }
        if (!account.summary(clock.instant()).invitationCanBeResent()) {
            // its link would not open while the account is deactivated: no mail that promises one
            throw InvalidInputException.of("account", "users.resend.deactivated", account.displayName());
        }
        changed(account, "invitation mailed again; the previous link revoked");
        return mails.send(account);
    }

    /** Where the latest invitation mail of each of these accounts stands (masked address, queued, sent, given up). */
    @Transactional(readOnly = true)
    public Map<Long, Delivery> invitationDeliveries(Collection<Long> accountIds) {
        return mails.latestInvitations(accountIds);
    }

    /** Renames an account, e.g. when the admin corrects a partner's name: a name is shown, never used to sign in. */
    @Transactional
    public void rename(long accountId, String displayName) {
        if (displayName.isBlank() || displayName.strip().length() > NewAccount.DISPLAY_NAME_MAX_LENGTH) {
            throw InvalidInputException.of("displayName", "account.name-length", NewAccount.DISPLAY_NAME_MAX_LENGTH);
        }
        UserAccount account = load(accountId);
        account.rename(displayName);
        changed(account, "renamed");
    }

    /**
     * Corrects the email of an account whose person has not chosen a password yet (a typo at onboarding); the links
     * sent so far stop working, and a new invitation is mailed to the corrected address. Once they
     * have, the email is their sign-in: a silent change by someone else would lock them out, so it is refused and they
     * change it themselves, with their password.
     */
    @Transactional
    public void correctEmailBeforeFirstSignIn(long accountId, String newEmail) {
        UserAccount account = load(accountId);
        String email = UserAccount.normaliseEmail(newEmail);
        validator.validate(new NewAccount(account.displayName(), email, account.role()));
        if (account.passwordHash() != null) {
            throw InvalidInputException.of("email", "account.email-is-sign-in", account.displayName());
        }
        if (!email.equals(account.email()) && accounts.existsByEmail(email)) {
            throw InvalidInputException.of("email", "account.email-taken");
        }
        String previous = account.email();
        account.changeEmail(email);
        changed(account, "email corrected before the first sign-in, was " + previous);
        if (!email.equals(previous)) {
            // the link went to the mistyped address, where someone else may read it: it must not set a password;
            // a fresh one goes to the corrected address (issuing it revokes the old)
            invitations.revokeOpen(account);
            mails.send(account);
        }
    }

    /**
     * The longest reason an admin may give for resetting someone's two-step sign-in: with the person's address (at
     * most 254) before it, it still fits the audit trail's 500-character detail whole.
     */
    public static final int RESET_REASON_MAX_LENGTH = 200;

    /**
     * Removes a person's two-step sign-in (a lost phone, say): the reason is required and audited, their open
     * sessions end, they are told by mail, and they set it up again at their next sign-in when the clinic requires
     * it. Their password stays as it was.
     */
    @Transactional
    public void resetTwoStep(long accountId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > RESET_REASON_MAX_LENGTH) {
            throw InvalidInputException.requiredOrTooLong("reason", why, RESET_REASON_MAX_LENGTH);
        }
        if (accountId == currentUser.require().accountId()) {
            // another admin does it: a stolen admin session must not swap the admin's own second step for its own
            throw InvalidInputException.of("account", "users.two-step.not-yourself");
        }
        UserAccount account = load(accountId);
        if (!secondFactors.remove(accountId)) {
            throw InvalidInputException.of("account", "users.two-step.not-on", account.displayName());
        }
        int ended = activeSessions.endAllFor(accountId);
        twoStepMails.tellReset(account);
        events.publishEvent(new TwoStepRecorded(
                account.id(), account.email(), account.role(), TwoStepRecorded.Kind.RESET, true, "reason: " + why));
        changed(account, "two-step sign-in reset; " + ended + " session(s) ended");
    }

    /** Which of these accounts have two-step sign-in set up (one query for a page of the list). */
    @Transactional(readOnly = true)
    public Set<Long> withTwoStep(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Set.of() : secondFactors.setUpAmong(accountIds);
    }

    /** Whether the clinic requires two-step sign-in of counselors and admins. */
    @Transactional(readOnly = true)
    public boolean twoStepRequiredForStaff() {
        return twoStepPolicy.requiredForStaff();
    }

    /** Sets the clinic's rule; staff without a second step are taken to set it up at their next sign-in. */
    @Transactional
    public void requireTwoStepForStaff(boolean required) {
        twoStepPolicy.requireForStaff(required);
        UserAccount me = load(currentUser.require().accountId());
        changed(me, "clinic rule: two-step sign-in " + (required ? "required" : "not required") + " for staff");
    }

    /** Counselors flagged as supervisors who may sign in, by name: whom a counselor's notes may be sent to. */
    @Transactional(readOnly = true)
    public List<AccountSummary> supervisors() {
        Instant now = clock.instant();
        return accounts.findByRoleOrderByDisplayName(Role.COUNSELOR).stream()
                .filter(a -> a.isSupervisor() && a.status() == AccountStatus.ACTIVE)
                .map(a -> a.summary(now))
                .toList();
    }

    /**
     * Flags a counselor as a supervisor (or not), and names the supervisor whose co-signature their notes need from
     * now on ({@code null}: none). Audited as an account change.
     */
    @Transactional
    public void setSupervision(long counselorId, boolean supervisor, @Nullable Long supervisedBy) {
        UserAccount counselor = load(counselorId);
        if (counselor.role() != Role.COUNSELOR) {
            throw InvalidInputException.of("account", "supervision.counselors-only", counselor.displayName());
        }
        String by = "need no co-signature";
        if (supervisedBy != null) {
            if (supervisedBy == counselorId) {
                throw InvalidInputException.of("supervisorId", "supervision.not-yourself");
            }
            UserAccount named = accounts.findById(supervisedBy)
                    .filter(a -> a.role() == Role.COUNSELOR && a.isSupervisor() && a.status() == AccountStatus.ACTIVE)
                    .orElseThrow(() -> InvalidInputException.of("supervisorId", "supervision.not-a-supervisor"));
            by = "need co-signature by " + named.displayName() + " (" + named.email() + ")";
        }
        if (!supervisor && counselor.isSupervisor()) {
            long supervisees = accounts.countBySupervisorId(counselorId);
            if (supervisees > 0) {
                throw InvalidInputException.of(
                        "supervisor", "supervision.still-supervises", counselor.displayName(), supervisees);
            }
        }
        counselor.supervise(supervisor, supervisedBy);
        changed(counselor, "supervision: " + (supervisor ? "supervisor" : "not a supervisor") + "; notes " + by);
    }

    private void changed(UserAccount account, String change) {
        events.publishEvent(new AccountChanged(account.id(), account.email(), change));
    }

    private UserAccount load(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new AccessDeniedException("no such account: " + accountId));
    }
}
