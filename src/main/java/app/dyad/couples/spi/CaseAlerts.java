package app.dyad.couples.spi;

import java.util.Collection;
import java.util.Set;

/**
 * Couples whose counselor has something urgent waiting: a partner's private message not acknowledged yet. The
 * couples module (caseload, couple page) and the sessions module (agenda, pre-session summary) ask; the safety module
 * answers. Only the couple's current counselor ever gets a couple back: for anyone else the answer is empty, so no
 * count or flag can reach the other partner or an admin.
 */
public interface CaseAlerts {

    /** Of these couples, those of the calling counselor with an unacknowledged private message; in one query. */
    Set<Long> urgent(Collection<Long> coupleIds);
}
