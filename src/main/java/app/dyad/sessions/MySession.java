package app.dyad.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An upcoming session as a partner sees it: time, format and where — nothing of any note. */
public record MySession(
        long id,
        Instant startsAt,
        Instant endsAt,
        SessionFormat format,
        @Nullable String place,
        boolean individual) {}
