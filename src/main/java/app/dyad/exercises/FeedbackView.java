package app.dyad.exercises;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Feedback as its reader sees it; no recipient means it was written to both partners. */
public record FeedbackView(long id, @Nullable Long toPartnerId, String text, Instant createdAt) {

    /** The longest feedback a counselor may write. */
    public static final int TEXT_MAX_LENGTH = 4000;

    @Override
    public String toString() {
        return "FeedbackView[id=" + id + "]";
    }
}
