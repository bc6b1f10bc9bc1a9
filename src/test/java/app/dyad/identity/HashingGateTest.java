package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Issue 10: a flood of sign-ins must not run more password hashes at once than the gate allows. */
class HashingGateTest {

    private static final int PERMITS = 2;
    private static final int CALLERS = 3 * PERMITS + 3;

    /** Stands in for Argon2: takes a while, and notes how many run at the same moment. */
    static final class SlowHashing implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            work();
            return "hash";
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            work();
            return false;
        }

        private void work() {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void manyCallersAtOnceNeverHashMoreThanThePermitsAndAllGetAnAnswer() throws Exception {
        SlowHashing hashing = new SlowHashing();
        HashingGate gate = new HashingGate(hashing, PERMITS, Duration.ofSeconds(30));

        List<Future<Boolean>> answers = startTogether(CALLERS, () -> gate.matches("guess", "hash"));

        for (Future<Boolean> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isFalse();
        }
        assertThat(hashing.mostAtOnce).hasValueBetween(1, PERMITS);
        assertThat(gate.hashesComputed()).isEqualTo(CALLERS);
    }

    @Test
    void aCallerThatFindsNoPermitInTimeIsTurnedAwayWithoutHashing() throws Exception {
        CountDownLatch firstIsHashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger hashes = new AtomicInteger();
        PasswordEncoder heldHashing = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                hashes.incrementAndGet();
                firstIsHashing.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "hash";
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                hashes.incrementAndGet();
                return false;
            }
        };
        HashingGate gate = new HashingGate(heldHashing, 1, Duration.ofMillis(50));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> gate.encode("first"));
            assertThat(firstIsHashing.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> gate.matches("second", "hash"))
                    .isInstanceOf(HashingGate.HashingBusyException.class);
            assertThat(hashes).as("hashes started").hasValue(1);

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("hash");
            // the permit was given back: the next caller hashes
            assertThat(gate.matches("third", "hash")).isFalse();
            assertThat(hashes).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<Future<T>> startTogether(int callers, Callable<T> call) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        pool.shutdown();
        return answers;
    }
}
