package app.dyad.couples.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Each couple's next scheduled session, for the caseload's "next session" column; the sessions module answers. */
public interface NextSessions {

    /** When each of these couples' next scheduled session starts, from a moment on; couples without one are absent. */
    Map<Long, Instant> forCouples(Collection<Long> coupleIds, Instant from);
}
