package app.dyad.safety;

import java.time.Instant;

/** A message as its sender sees it on their own page (only when they chose to keep it). */
public record MySentMessage(
        long id,
        Instant sentAt,
        String text,
        boolean unsafeAtHome,
        boolean wantsOwnSession,
        boolean noEmail,
        boolean acknowledged) {}
