package app.dyad.base;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Each couple's next scheduled session, for the caseload. Declared here and implemented by the sessions module,
 * so the caseload (couples) can show it without depending on sessions.
 */
public interface NextSessions {

    /** When each of these couples' next scheduled session starts, from a moment on; couples without one are absent. */
    Map<Long, Instant> forCouples(Collection<Long> coupleIds, Instant from);
}
