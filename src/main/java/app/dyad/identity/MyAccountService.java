package app.dyad.identity;

import app.dyad.base.CommandValidator;
import app.dyad.base.InvalidInputException;
import app.dyad.mail.Delivery;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in person's own account, whatever their role: their password, and asking to change their sign-in email.
 *
 * <p>Every password check here runs before any transaction ({@link Propagation#NEVER}): a wrong password is counted
 * toward the lockout in a transaction of its own (it must count although the change is refused), and inside the
 * caller's transaction that count would take a second connection of the pool while the first is held. As many
 * people typing a wrong password at once as the pool has connections would then wait for each other until the
 * pool's timeout. Checking first also means no connection is held while a hash waits for its turn at the {@link
 * HashingGate}. A change that needs the password takes the {@link PasswordConfirmed} proof into its transaction.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COUNSELOR', 'CLIENT')")
public class MyAccountService {

    private final UserAccountRepository accounts;
    private final EmailChangeMails emailChanges;
    private final AccountCredentials credentials;
    private final PasswordChecks passwords;
    private final CommandValidator validator;
    private final CurrentUser currentUser;
    private final ActiveSessions activeSessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    MyAccountService(
            UserAccountRepository accounts,
            EmailChangeMails emailChanges,
            AccountCredentials credentials,
            PasswordChecks passwords,
            CommandValidator validator,
            CurrentUser currentUser,
            ActiveSessions activeSessions,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.emailChanges = emailChanges;
        this.credentials = credentials;
        this.passwords = passwords;
        this.validator = validator;
        this.currentUser = currentUser;
        this.activeSessions = activeSessions;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Confirms that the signed-in person is at the keyboard, e.g. before signing a note. A wrong password counts
     * as a failed sign-in (so it cannot be guessed here), is audited, and is reported on {@code field}.
     */
    @Transactional(propagation = Propagation.NEVER)
    public PasswordConfirmed confirmOwnPassword(String password, String field) {
        UserAccount account = me();
        if (account.isLockedAt(clock.instant())) {
            // the lock that stops sign-ins also stops guessing through an open session
            throw InvalidInputException.of(field, "password.locked");
        }
        return passwords.requireCurrent(account, password, field);
    }

    /**
     * Asks to change the caller's own email (their sign-in), their password confirmed by {@link #confirmOwnPassword}
     * before this transaction. Nothing changes yet: a link goes to the new address and a notice to the current one,
     * and the change happens when the link is used ({@link EmailChangeService}). The answer is the same whether or
     * not another account has the new address: anyone signed in could otherwise test who is a client here.
     */
    @Transactional
    public void requestEmailChange(String newEmail, PasswordConfirmed confirmed) {
        UserAccount account = me();
        confirmed.require(account, "password");
        String email = UserAccount.normaliseEmail(newEmail);
        validator.validate(new NewAccount(account.displayName(), email, account.role()));
        if (email.equals(account.email())) {
            throw InvalidInputException.of("email", "email-change.same");
        }
        emailChanges.request(account, email);
        changed(account, "email change to " + Delivery.mask(email) + " requested, waiting for its confirmation link");
    }

    /**
     * Changes the caller's own password after checking the current one; their other sessions end and a pending change of
     * their sign-in email is revoked. Both hashes are computed before the transaction that stores the new one.
     */
    @Transactional(propagation = Propagation.NEVER)
    public void changePassword(ChangePassword command) {
        UserAccount me = me();
        PasswordConfirmed confirmed = passwords.requireCurrent(me, command.currentPassword(), "currentPassword");
        String newHash = passwords.hashOfNew(me, command.newPassword(), command.repeatedPassword());
        transactions.executeWithoutResult(status -> {
            UserAccount account = me();
            confirmed.require(account, "currentPassword");
            account.setPasswordHash(newHash);
            credentials.changed(account);
            int ended = activeSessions.endOthersOf(account.id());
            changed(account, "password changed; " + ended + " other session(s) ended");
        });
    }

    private UserAccount me() {
        long id = currentUser.require().accountId();
        return accounts.findById(id).orElseThrow(() -> new AccessDeniedException("no such account: " + id));
    }

    private void changed(UserAccount account, String change) {
        events.publishEvent(new AccountChanged(account.id(), account.email(), change));
    }
}
