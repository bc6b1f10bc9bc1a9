package app.dyad.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the admin's account list shows of a person: no password hash, no clinical data. {@code supervisor}: may co-sign others'
 * notes; {@code supervisorId}: whose co-signature this counselor's notes need.
 */
public record AccountSummary(
        long id,
        String displayName,
        String email,
        Role role,
        AccountStatus status,
        boolean invitationPending,
        boolean locked,
        @Nullable Instant lastSignInAt,
        boolean supervisor,
        @Nullable Long supervisorId) {

    /** Whether an invitation can be mailed again: the person has chosen no password yet and may sign in. */
    public boolean invitationCanBeResent() {
        return invitationPending && status == AccountStatus.ACTIVE;
    }
}
