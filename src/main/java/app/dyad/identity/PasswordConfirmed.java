package app.dyad.identity;

import app.dyad.base.InvalidInputException;

/**
 * Proof that the signed-in person just typed their current password, from {@link
 * MyAccountService#confirmOwnPassword}. Only this module can make one, so a change that needs the password can take
 * the proof into its transaction instead of hashing there: a password check must run before the caller's
 * transaction, never inside it (see {@link MyAccountService}). It holds the hash the password matched, so a
 * password changed in between (e.g. in another tab) makes the proof worthless.
 */
public final class PasswordConfirmed {

    private final long accountId;
    private final String matchedHash;

    PasswordConfirmed(long accountId, String matchedHash) {
        this.accountId = accountId;
        this.matchedHash = matchedHash;
    }

    /** Refuses the proof on {@code field} unless it is for this account as it is now. */
    void require(UserAccount account, String field) {
        if (account.id() != accountId || !matchedHash.equals(account.passwordHash())) {
            throw InvalidInputException.of(field, "password.current-wrong");
        }
    }
}
