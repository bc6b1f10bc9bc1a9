package app.dyad.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout rule: {@value #MAX_FAILURES} failed sign-ins for one account within {@link #WINDOW} lock it
 * for {@link #LOCK_DURATION}. Pure arithmetic on instants, so it is tested with a fixed clock.
 */
final class LockoutPolicy {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LockoutPolicy() {}

    /** The start of the window in which failures count toward a lock. */
    static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /** Whether this many failures inside the window lock the account. */
    static boolean locks(long failuresInWindow) {
        return failuresInWindow >= MAX_FAILURES;
    }

    static Instant lockedUntil(Instant now) {
        return now.plus(LOCK_DURATION);
    }
}
