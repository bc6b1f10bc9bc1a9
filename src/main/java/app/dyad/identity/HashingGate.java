package app.dyad.identity;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes be computed at once. Every Argon2 hash takes {@value PasswordConfig#MEMORY_KIB}
 * KiB and a core's worth of CPU for a while, and a sign-in costs one whether or not the email is an account: without
 * a bound, a flood of anonymous sign-ins (a few hundred in flight) exhausts memory or starves every other request.
 * With it, hashing memory is at most permits × 19 MiB, and a caller that finds no free permit within the wait is
 * turned away with {@link HashingBusyException} instead of queueing without end. It decorates the application's
 * one {@link PasswordEncoder}, so sign-in, password changes, invitation links and the demo-password check are all
 * bounded alike. Fair, so a burst cannot starve the caller who has waited longest.
 */
final class HashingGate implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore permits;
    private final Duration wait;
    private final LongAdder hashesComputed = new LongAdder();

    HashingGate(PasswordEncoder hashing, int permits, Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("At least one password hash must be allowed at a time: " + permits);
        }
        this.hashing = hashing;
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return throughGate(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        return throughGate(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword); // reads the stored parameters only, computes no hash
    }

    /** How many hashes went through the gate since start: shows that a refusal before the gate costs none. */
    long hashesComputed() {
        return hashesComputed.sum();
    }

    private <T> T throughGate(Supplier<T> hash) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusyException();
        }
        if (!admitted) {
            throw new HashingBusyException();
        }
        try {
            hashesComputed.increment();
            return hash.get();
        } finally {
            permits.release();
        }
    }

    /** No permit came free in time: the server is hashing as much as it will allow. */
    static final class HashingBusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HashingBusyException() {
            super("Too many password hashes in progress", null, false, false);
        }
    }
}
