package app.dyad.identity;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

/**
 * The principal between the two steps of signing in: the password was right, the code (or, when the clinic requires
 * it and none is set up yet, the setting up) is still to come. Its session holds only the password factor and no
 * role, and it is not a {@link SignedInUser}, so no role rule, no {@code CurrentUser} and no view but the code or
 * set-up page lets it through (SecondStepGateTest).
 */
public final class AwaitingSecondStep implements Principal, Serializable, AccountPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean mustSetUp;

    AwaitingSecondStep(long accountId, String email, String displayName, Role role, boolean mustSetUp) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.mustSetUp = mustSetUp;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    /** True when the clinic requires two-step sign-in and this person has not set it up yet. */
    public boolean mustSetUp() {
        return mustSetUp;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    @Override
    public String getName() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AwaitingSecondStep that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AwaitingSecondStep[id=" + accountId + "]";
    }
}
