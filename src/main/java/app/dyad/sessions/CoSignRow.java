package app.dyad.sessions;

import java.time.Instant;

/**
 * A note in the supervisor's "To co-sign" list: whose couple, which session, who signed it and when, and whether it
 * comes back answered after a return.
 */
public record CoSignRow(
        long sessionId,
        String caseName,
        Instant sessionStartsAt,
        String superviseeName,
        Instant noteSignedAt,
        boolean answered) {}
