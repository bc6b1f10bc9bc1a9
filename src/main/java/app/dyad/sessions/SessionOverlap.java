package app.dyad.sessions;

import java.time.Instant;

/** Another of the counselor's sessions that takes some of the same time. */
public record SessionOverlap(long sessionId, String caseName, Instant startsAt, Instant endsAt) {}
