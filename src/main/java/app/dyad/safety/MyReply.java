package app.dyad.safety;

import java.time.Instant;

/** The counselor's answer, as its one reader sees it. */
public record MyReply(long id, Instant sentAt, String counselorName, String text) {}
