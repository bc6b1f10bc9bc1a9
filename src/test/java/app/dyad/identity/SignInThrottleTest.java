package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Issue 10: password spraying from one address is cut off after 100 failures in an hour, without hashing. */
@DyadSpringTest
class SignInThrottleTest {

    @Autowired
    DyadAuthenticationProvider provider;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TestClock clock;

    @Autowired
    HashingGate hashing;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A documentation-range address of its own for each test, so tests never share a count. */
    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private String newClient() {
        String email = "client-" + UUID.randomUUID() + "@test.dyad";
        testAccounts.ensure(email, "Client", Role.CLIENT);
        return email;
    }

    private Authentication signIn(String email, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }

    /** A sprayer's failures: a different unknown email each time, so no account lockout is involved. */
    private void spray(String address, int failures) {
        for (int i = 0; i < failures; i++) {
            assertThatThrownBy(() -> signIn("sprayed-" + UUID.randomUUID() + "@test.dyad", "Summer2026!", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void afterAHundredFailuresAnAddressIsRefusedEvenWithTheRightPassword() {
        String address = newAddress();
        String client = newClient();
        spray(address, 100);

        long hashesBefore = hashing.hashesComputed();
        Throwable refused = catchThrowable(() -> signIn(client, TestAccounts.PASSWORD, address));
        assertThat(hashing.hashesComputed()).as("hashes computed for the 101st").isEqualTo(hashesBefore);
        Throwable ordinary = catchThrowable(() -> signIn(client, "wrong", newAddress()));
        assertThat(refused).isInstanceOf(BadCredentialsException.class).hasMessage(ordinary.getMessage());
        // someone elsewhere is not affected
        assertThat(signIn(client, TestAccounts.PASSWORD, newAddress())).isNotNull();
    }

    @Test
    void aSuccessDoesNotResetTheAddressCount() {
        String address = newAddress();
        String client = newClient();
        spray(address, 60);
        assertThat(signIn(client, TestAccounts.PASSWORD, address)).isNotNull();
        spray(address, 40);

        assertThatThrownBy(() -> signIn(client, TestAccounts.PASSWORD, address))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theCeilingIsARollingHour() {
        String address = newAddress();
        String client = newClient();
        spray(address, 50);
        clock.advance(Duration.ofMinutes(30));
        spray(address, 50);
        assertThatThrownBy(() -> signIn(client, TestAccounts.PASSWORD, address))
                .isInstanceOf(BadCredentialsException.class);

        // the first fifty are now more than an hour old
        clock.advance(Duration.ofMinutes(31));
        assertThat(signIn(client, TestAccounts.PASSWORD, address)).isNotNull();
    }
}
