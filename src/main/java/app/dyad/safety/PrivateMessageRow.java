package app.dyad.safety;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the counselor's list of a couple's private messages: who, when, the wishes, never the text. */
public record PrivateMessageRow(
        long id,
        long version,
        long partnerId,
        String partnerName,
        Instant sentAt,
        boolean unsafeAtHome,
        boolean wantsOwnSession,
        boolean noEmail,
        boolean senderKeeps,
        @Nullable Instant acknowledgedAt) {

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
