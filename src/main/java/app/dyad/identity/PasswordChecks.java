package app.dyad.identity;

import app.dyad.base.InvalidInputException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The checks a password must pass when a person proves who they are, and when they choose a new one. */
@Component
class PasswordChecks {

    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SignInAttempts signInAttempts;
    private final ApplicationEventPublisher events;

    PasswordChecks(
            PasswordEncoder encoder,
            PasswordPolicy policy,
            SignInAttempts signInAttempts,
            ApplicationEventPublisher events) {
        this.encoder = encoder;
        this.policy = policy;
        this.signInAttempts = signInAttempts;
        this.events = events;
    }

    /**
     * A wrong current password counts toward the lockout like a failed sign-in, and is audited. The count has a
     * transaction of its own, so call this outside any transaction: inside one it would hold a second connection
     * of the pool while the caller's is held. A server too busy hashing to check it is reported on {@code field}
     * too, and is no wrong password.
     */
    PasswordConfirmed requireCurrent(UserAccount account, String password, String field) {
        String hash = account.passwordHash();
        if (hash == null || !matches(password, hash, field)) {
            signInAttempts.failed(account.email());
            events.publishEvent(new PasswordCheckFailed(account.id(), account.email()));
            throw InvalidInputException.of(field, "password.current-wrong");
        }
        return new PasswordConfirmed(account.id(), hash);
    }

    /**
     * A new password for this account must meet the policy, judged with the person's name and email as known words,
     * and be typed the same twice; returns its hash. The message's arguments: minimum and maximum length, and why a
     * guessable password is refused.
     */
    String hashOfNew(UserAccount account, String newPassword, String repeatedPassword) {
        List<String> context = PasswordPolicy.contextOf(account.displayName(), account.email());
        policy.violation(newPassword, context).ifPresent(refused -> {
            throw InvalidInputException.of(
                    "newPassword",
                    refused.key(),
                    PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH,
                    refused.reason());
        });
        if (!newPassword.equals(repeatedPassword)) {
            throw InvalidInputException.of("repeatedPassword", "password.mismatch");
        }
        try {
            return encoder.encode(newPassword);
        } catch (HashingGate.HashingBusyException busy) {
            throw busy("newPassword");
        }
    }

    private boolean matches(String password, String hash, String field) {
        try {
            return encoder.matches(password, hash);
        } catch (HashingGate.HashingBusyException busy) {
            throw busy(field);
        }
    }

    /** Said where the person typed the password, which stays as typed: they only need to try again. */
    private static InvalidInputException busy(String field) {
        return InvalidInputException.of(field, "password.hashing-busy");
    }
}
