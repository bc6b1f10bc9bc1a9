package app.dyad.identity;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends every open session of a person at once, e.g. when an admin deactivates them. Spring's registry
 * knows which session ids belong to whom; this listener holds the sessions themselves so they can be
 * invalidated immediately rather than on their next request. Both know only this node's sessions: the revocation
 * also goes into the database ({@link SessionRevocations}), where every other node sees it within seconds.
 */
@Component
class ActiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final SessionRegistry registry;
    private final SessionRevocations revocations;

    ActiveSessions(SessionRegistry registry, SessionRevocations revocations) {
        this.registry = registry;
        this.revocations = revocations;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** Invalidates all sessions of the account, on every node; returns how many were open on this one. */
    int endAllFor(long accountId) {
        return endAllExcept(accountId, null);
    }

    /** Invalidates all sessions of the account but the caller's own; returns how many ended. */
    int endOthersOf(long accountId) {
        return endAllExcept(accountId, currentSessionId());
    }

    /** The id of the session this request belongs to, if any. */
    static @Nullable String currentSessionId() {
        var attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getSessionId();
    }

    /**
     * Invalidates all sessions of the account but the given one (the caller's own), on every node; returns how many
     * ended on this one.
     */
    int endAllExcept(long accountId, @Nullable String keepSessionId) {
        long generation = revocations.revoke(accountId);
        @Nullable HttpSession kept = keepSessionId == null ? null : sessions.get(keepSessionId);
        if (kept != null) {
            revocations.keep(kept, generation);
        }
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal person && person.accountId() == accountId) {
                for (SessionInformation info : registry.getAllSessions(principal, false)) {
                    if (info.getSessionId().equals(keepSessionId)) {
                        continue;
                    }
                    info.expireNow();
                    HttpSession session = sessions.remove(info.getSessionId());
                    if (session != null) {
                        invalidateQuietly(session);
                    }
                    ended++;
                }
            }
        }
        return ended;
    }

    private static void invalidateQuietly(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // the session ended on its own in the meantime: nothing left to do
        }
    }
}
