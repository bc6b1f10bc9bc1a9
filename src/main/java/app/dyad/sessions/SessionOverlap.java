package app.dyad.sessions;

import java.time.Instant;

/**
 * Another of the counselor's sessions that takes some of the same time; its couple tells a double booking of the same
 * couple from a clash with another couple's session.
 */
public record SessionOverlap(long sessionId, long coupleId, String caseName, Instant startsAt, Instant endsAt) {}
