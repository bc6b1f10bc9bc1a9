package app.dyad.identity;

import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which signed-in sessions of a person are still good, seen by every node (issue 16). Each account has a generation in
 * the database ({@code session_revocation}, none means 0); a session remembers the generation it was signed in under,
 * and a node ends a session whose generation is older ({@link SessionRevocationCheck}). Ending a person's sessions
 * adds one to it, so every node ends them, not only the one that did it ({@link ActiveSessions} still ends its own
 * at once). Each node reads an account's generation at most once per {@code dyad.sessions.revocation-check-every}
 * (2 s): a revocation reaches the other nodes within that, and a busy session costs no query per request.
 */
@Component
public class SessionRevocations {

    /** The session attribute holding the generation the session was signed in under. */
    static final String SIGNED_IN_UNDER = SessionRevocations.class.getName() + ".GENERATION";

    private record Known(long generation, long readAtNanos) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long freshForNanos;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    SessionRevocations(
            JdbcClient jdbc, Clock clock, @Value("${dyad.sessions.revocation-check-every:2s}") Duration freshFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freshForNanos = freshFor.toNanos();
    }

    /**
     * Ends every session of the account signed in until now, on every node, once the caller's transaction commits;
     * returns the account's new generation.
     */
    long revoke(long accountId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into session_revocation (account_id, generation, revoked_at) values (:id, 1, :now)
                        on duplicate key update generation = generation + 1, revoked_at = :now""").param("id", accountId).param("now", now).update();
        long generation = read(accountId);
        afterCommit(() -> remember(accountId, generation));
        return generation;
    }

    /**
     * Lets a session of the account live on past a revocation by it (the caller's own, after they changed their
     * password); undone if the revocation is rolled back.
     */
    void keep(HttpSession session, long generation) {
        @Nullable Object before = attribute(session);
        setQuietly(session, generation);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        setQuietly(session, before);
                    }
                }
            });
        }
    }

    /** At sign-in: the session is good until the account's next revocation (read now, not from the cache). */
    void signedIn(HttpSession session, long accountId) {
        long generation = read(accountId);
        remember(accountId, generation);
        setQuietly(session, generation);
    }

    /** Whether the session (of this account) was signed in before the account's latest revocation. */
    boolean isRevoked(HttpSession session, long accountId) {
        @Nullable Object signedInUnder = attribute(session);
        if (!(signedInUnder instanceof Long generation)) {
            // signed in before this check existed (or by a path that does not stamp): good from now on
            setQuietly(session, current(accountId));
            return false;
        }
        return current(accountId) > generation;
    }

    /** The account's generation, read from the database at most once per check interval. */
    long current(long accountId) {
        @Nullable Known cached = known.get(accountId);
        long now = System.nanoTime();
        if (cached != null && now - cached.readAtNanos() < freshForNanos) {
            return cached.generation();
        }
        long generation = read(accountId);
        remember(accountId, generation);
        return generation;
    }

    private long read(long accountId) {
        return jdbc.sql("select generation from session_revocation where account_id = :id")
                .param("id", accountId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    private void remember(long accountId, long generation) {
        // never step back: a slow read that started before a revocation must not undo it here
        known.merge(
                accountId,
                new Known(generation, System.nanoTime()),
                (old, fresh) -> fresh.generation() >= old.generation()
                        ? fresh
                        : new Known(old.generation(), fresh.readAtNanos()));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static @Nullable Object attribute(HttpSession session) {
        try {
            return session.getAttribute(SIGNED_IN_UNDER);
        } catch (IllegalStateException ended) {
            return null;
        }
    }

    private static void setQuietly(HttpSession session, @Nullable Object generation) {
        try {
            session.setAttribute(SIGNED_IN_UNDER, generation);
        } catch (IllegalStateException ended) {
            // the session ended in the meantime: nothing to keep
        }
    }
}
