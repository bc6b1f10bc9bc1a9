package app.dyad.identity;

import org.jspecify.annotations.Nullable;

/**
 * Something happened to a person's two-step sign-in, for the audit trail: set up, a code accepted or refused, a
 * recovery code used, a reset by an admin. {@code detail} never holds a code or a secret.
 */
public record TwoStepRecorded(
        long accountId,
        String email,
        Role role,
        Kind kind,
        boolean success,
        @Nullable String detail) {

    public enum Kind {
        SET_UP,
        SECOND_STEP,
        RECOVERY_CODE_USED,
        RESET
    }
}
