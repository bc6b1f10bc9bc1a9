package app.dyad.safety;

import java.time.Instant;

/**
 * The counselor's answer, as its one reader sees it; {@code toAKeptMessage} false when the sender kept no copy of what it
 * answers, so the home page does not announce it (the answer shows on the private page only).
 */
public record MyReply(long id, Instant sentAt, String counselorName, String text, boolean toAKeptMessage) {}
