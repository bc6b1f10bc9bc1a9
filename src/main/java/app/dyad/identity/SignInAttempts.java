package app.dyad.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Records failed and successful sign-ins and applies the lockout rule. */
@Component
class SignInAttempts {

    /** Failures older than this are of no use to the lockout rule and are deleted. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final UserAccountRepository accounts;
    private final SignInFailureRepository failures;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    SignInAttempts(
            UserAccountRepository accounts,
            SignInFailureRepository failures,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.failures = failures;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(readOnly = true)
    Optional<UserAccount> findAccount(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email));
    }

    /**
     * Counts a failure for the sign-in name (see {@link SignInName}): the account's email, or the hash of a typed
     * text that is no account, so an unknown email costs the same work as a known one. The tenth in the window
     * locks the account, if there is one. Its own transaction, so a failed password check counts even when the
     * caller's work is rolled back; the lock is a single conditional update, so parallel failures cannot collide on
     * the account's version.
     *
     * <p>Forgetting old failures is a second transaction: in the counting one, each count's delete waited for the
     * other counts' new rows while they waited for its locks on the old rows, and MariaDB rolled one back as a
     * deadlock, its failure uncounted.
     */
    void failed(String signInName) {
        String email = clip(signInName);
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(counting -> {
            failures.save(new SignInFailure(email, now));
            long recent = failures.countByEmailAndFailedAtAfter(email, LockoutPolicy.windowStart(now));
            if (LockoutPolicy.locks(recent)) {
                accounts.lockIfUnlocked(email, LockoutPolicy.lockedUntil(now), now);
            }
        });
        ownTransaction.executeWithoutResult(forgetting -> failures.deleteOlderThan(now.minus(FORGET_AFTER)));
    }

    private static String clip(String email) {
        return email.length() > NewAccount.EMAIL_MAX_LENGTH ? email.substring(0, NewAccount.EMAIL_MAX_LENGTH) : email;
    }

    @Transactional
    void succeeded(long accountId) {
        accounts.findById(accountId).ifPresent(account -> {
            account.signedIn(clock.instant());
            failures.deleteByEmail(account.email());
        });
    }
}
