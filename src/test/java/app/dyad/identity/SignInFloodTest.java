package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.dyad.DyadSpringTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Issue 10: when the server is already hashing all it allows, a sign-in is refused like any other: the same
 * exception and message (not an error page), audited with the reason, and counted against no one.
 */
@DyadSpringTest
class SignInFloodTest {

    @Autowired
    SignInAttempts attempts;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    SignInFailureRepository failures;

    @Autowired
    Clock clock;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    TwoStepPolicy twoStepPolicy;

    @Test
    void aSignInThatFindsTheHashingGateFullIsRefusedLikeAnyOther() throws Exception {
        CountDownLatch firstIsHashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordEncoder argon2 = PasswordConfig.argon2id();
        PasswordEncoder heldHashing = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return argon2.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                firstIsHashing.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return argon2.matches(rawPassword, encodedPassword);
            }
        };
        List<Object> published = new CopyOnWriteArrayList<>();
        DyadAuthenticationProvider provider = new DyadAuthenticationProvider(
                attempts,
                throttle,
                new HashingGate(heldHashing, 1, Duration.ofMillis(100)),
                clock,
                published::add,
                secondFactors,
                twoStepPolicy);
        String waiting = "first-" + UUID.randomUUID() + "@test.dyad";
        String turnedAway = "second-" + UUID.randomUUID() + "@test.dyad";

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Throwable> first = pool.submit(() -> catchThrowable(() -> provider.authenticate(attempt(waiting))));
            assertThat(firstIsHashing.await(30, TimeUnit.SECONDS)).isTrue();

            Throwable busy = catchThrowable(() -> provider.authenticate(attempt(turnedAway)));

            release.countDown();
            Throwable ordinary = first.get(30, TimeUnit.SECONDS);
            assertThat(ordinary).isInstanceOf(BadCredentialsException.class);
            assertThat(busy).isInstanceOf(BadCredentialsException.class).hasMessage(ordinary.getMessage());
        } finally {
            pool.shutdownNow();
        }
        assertThat(published)
                .containsExactly(
                        new SignInFailed(SignInName.unknown(turnedAway), DyadAuthenticationProvider.HASHING_BUSY),
                        new SignInFailed(SignInName.unknown(waiting)));
        assertThat(failures.countByEmailAndFailedAtAfter(SignInName.unknown(turnedAway), Instant.EPOCH))
                .as("failures counted for the attempt turned away")
                .isZero();
    }

    private static UsernamePasswordAuthenticationToken attempt(String email) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, "Summer2026!");
        token.setDetails(new WebAuthenticationDetails("192.0.2.10", null));
        return token;
    }
}
