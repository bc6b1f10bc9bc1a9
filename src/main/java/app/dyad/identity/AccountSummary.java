package app.dyad.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the admin's account list shows of a person: no password hash, no clinical data. */
public record AccountSummary(
        long id,
        String displayName,
        String email,
        Role role,
        AccountStatus status,
        boolean invitationPending,
        boolean locked,
        @Nullable Instant lastSignInAt) {

    /** Whether an invitation can be mailed again: the person has chosen no password yet and may sign in. */
    public boolean invitationCanBeResent() {
        return invitationPending && status == AccountStatus.ACTIVE;
    }
}
