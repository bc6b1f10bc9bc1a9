package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-02T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void countsFailuresOfTheLastFifteenMinutes() {
        assertThat(LockoutPolicy.windowStart(clock.instant())).isEqualTo(Instant.parse("2026-11-02T17:45:00Z"));
    }

    @Test
    void theTenthFailureLocksAndTheNinthDoesNot() {
        assertThat(LockoutPolicy.locks(9)).isFalse();
        assertThat(LockoutPolicy.locks(10)).isTrue();
    }

    @Test
    void aLockLastsFifteenMinutes() {
        Instant until = LockoutPolicy.lockedUntil(clock.instant());
        UserAccount account = new UserAccount("x@clinic.test", "X", Role.CLIENT, clock.instant());
        account.setPasswordHash("hash");
        account.lockUntil(until);
        assertThat(account.maySignInAt(
                        clock.instant().plus(Duration.ofMinutes(15)).minusMillis(1)))
                .isFalse();
        assertThat(account.maySignInAt(clock.instant().plus(Duration.ofMinutes(15))))
                .isTrue();
    }
}
