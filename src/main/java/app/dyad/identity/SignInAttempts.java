package app.dyad.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records failed and successful sign-ins and applies the lockout rule. */
@Component
class SignInAttempts {

    private final UserAccountRepository accounts;
    private final SignInFailureRepository failures;
    private final Clock clock;

    SignInAttempts(UserAccountRepository accounts, SignInFailureRepository failures, Clock clock) {
        this.accounts = accounts;
        this.failures = failures;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<UserAccount> findAccount(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email));
    }

    /** Counts a failure for the typed email; the tenth in the window locks the account, if there is one. */
    @Transactional
    void failed(String typedEmail) {
        String email = UserAccount.normaliseEmail(typedEmail);
        Instant now = clock.instant();
        failures.save(new SignInFailure(email, now));
        long recent = failures.countByEmailAndFailedAtAfter(email, LockoutPolicy.windowStart(now));
        Optional<UserAccount> account = accounts.findByEmail(email);
        if (LockoutPolicy.locks(recent) && account.isPresent() && !account.get().isLockedAt(now)) {
            account.get().lockUntil(LockoutPolicy.lockedUntil(now));
        }
    }

    @Transactional
    void succeeded(long accountId) {
        accounts.findById(accountId).ifPresent(account -> {
            account.signedIn(clock.instant());
            failures.deleteByEmail(account.email());
        });
    }
}
