package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.dyad.base.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A signed-in person whose password cannot be checked because the server is hashing all it will ({@link
 * HashingGate}) is told so next to the field they typed it in, not "something went wrong"; it is not a wrong
 * password, so it neither counts toward the lockout nor is audited as one.
 */
class PasswordChecksWhileBusyTest {

    private final CountDownLatch holderIsHashing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService holder = Executors.newSingleThreadExecutor();
    private final List<Object> published = new ArrayList<>();
    private PasswordChecks checks;

    @BeforeEach
    void occupyTheOnlyPermit() throws InterruptedException {
        PasswordEncoder heldHashing = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                holderIsHashing.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "hash";
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return true;
            }
        };
        HashingGate gate = new HashingGate(heldHashing, 1, Duration.ofMillis(50));
        // no SignInAttempts: a busy gate must not count a failure (it would fail here with a NullPointerException)
        checks = new PasswordChecks(gate, PasswordPolicy.withBundledList(), null, published::add);
        holder.submit(() -> gate.encode("someone else's password"));
        assertThat(holderIsHashing.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @AfterEach
    void releaseThePermit() {
        release.countDown();
        holder.shutdownNow();
    }

    @Test
    void theCurrentPasswordIsReportedAsBusyOnItsFieldAndNotCountedAsWrong() {
        UserAccount account = new UserAccount("busy@test.dyad", "Busy", Role.CLIENT, Instant.EPOCH);
        account.setPasswordHash("stored hash");

        InvalidInputException busy = catchThrowableOfType(
                InvalidInputException.class, () -> checks.requireCurrent(account, "typed", "currentPassword"));

        assertThat(busy.fieldErrors()).containsOnlyKeys("currentPassword");
        assertThat(busy.fieldErrors().get("currentPassword").key()).isEqualTo("password.hashing-busy");
        assertThat(published).as("audited as a wrong password").isEmpty();
    }

    @Test
    void aNewPasswordThatCannotBeHashedYetIsReportedAsBusyOnItsField() {
        UserAccount account = new UserAccount("busy@test.dyad", "Busy", Role.CLIENT, Instant.EPOCH);
        String strong = "quiet harbour lanterns drift at dawn";

        InvalidInputException busy =
                catchThrowableOfType(InvalidInputException.class, () -> checks.hashOfNew(account, strong, strong));

        assertThat(busy.fieldErrors()).containsOnlyKeys("newPassword");
        assertThat(busy.fieldErrors().get("newPassword").key()).isEqualTo("password.hashing-busy");
    }
}
