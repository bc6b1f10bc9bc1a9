package app.dyad.exercises;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A response a requester may see: its author (none for a joint answer), state and answers by prompt id. */
public record ResponseView(
        long id,
        long version,
        @Nullable Long authorPartnerId,
        ResponseState state,
        Map<Long, String> answers,
        @Nullable Instant submittedAt) {

    /** The longest written answer to one prompt. */
    public static final int ANSWER_MAX_LENGTH = 10_000;

    @Override
    public String toString() {
        return "ResponseView[id=" + id + ", " + state + "]";
    }
}
