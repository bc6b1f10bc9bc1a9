package app.dyad.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A session tomorrow and one account that attends it: what its reminder says (time, format, place) and no more. */
record SessionReminderRow(
        long sessionId,
        long accountId,
        Instant startsAt,
        Instant endsAt,
        SessionFormat format,
        @Nullable String place) {}
