package app.dyad.exercises;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A response a requester may see: its author (none for a joint answer), state and answers by prompt id, and — while
 * a draft the counselor sent back — the counselor's reason.
 */
public record ResponseView(
        long id,
        long version,
        @Nullable Long authorPartnerId,
        ResponseState state,
        Map<Long, String> answers,
        @Nullable Instant submittedAt,
        @Nullable String returnedReason) {

    /** The longest written answer to one prompt. */
    public static final int ANSWER_MAX_LENGTH = 10_000;

    /** The longest reason a counselor may give for sending an answer back. */
    public static final int RETURN_REASON_MAX_LENGTH = 500;

    /** Whether the counselor sent this answer back and it waits to be handed in again. */
    public boolean isReturned() {
        return state == ResponseState.DRAFT && returnedReason != null;
    }

    @Override
    public String toString() {
        return "ResponseView[id=" + id + ", " + state + "]";
    }
}
