package app.dyad.sessions;

import app.dyad.couples.spi.NextSessions;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fills the caseload's "next session" column with one query per page of couples. */
@Component
class NextSessionsQuery implements NextSessions {

    private final CounsellingSessionRepository sessions;

    NextSessionsQuery(CounsellingSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Instant> forCouples(Collection<Long> coupleIds, Instant from) {
        Map<Long, Instant> next = new HashMap<>();
        if (!coupleIds.isEmpty()) {
            sessions.nextStarts(coupleIds, from, SessionStatus.SCHEDULED)
                    .forEach(row -> next.put((Long) row[0], (Instant) row[1]));
        }
        return next;
    }
}
