package app.dyad.safety;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One private message as its counselor reads it (the read is audited), with the answers given so far. */
public record PrivateMessageDetails(
        PrivateMessageRow message, String text, @Nullable String acknowledgedBy, List<ReplyLine> replies) {

    /** An answer to the message, and whether its reader has taken it off their page. */
    public record ReplyLine(Instant sentAt, String counselorName, String text, boolean removedBySender) {}

    public long id() {
        return message.id();
    }
}
