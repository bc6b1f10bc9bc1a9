package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.dyad.DyadSpringTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Issue 10: a refusal must not tell by its timing whether the email is an account, the password was wrong or the
 * account is locked or deactivated. The one timed test in the suite, because the issue asks for exactly this bound:
 * the median of 50 attempts of each kind within 20% of every other kind's.
 */
@DyadSpringTest
class SignInTimingTest {

    private static final int ATTEMPTS = 50;
    private static final int ROUNDS = 3;

    /** Each attempt comes from its own address, so the per-address ceiling never steps in. */
    private static int nextAddress;

    enum Refusal {
        UNKNOWN_EMAIL,
        WRONG_PASSWORD,
        LOCKED_ACCOUNT,
        DEACTIVATED_ACCOUNT
    }

    @Autowired
    DyadAuthenticationProvider provider;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    UserAccountRepository accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void unknownEmailWrongPasswordLockedAndDeactivatedAccountsTakeTheSameTime() {
        String locked = newClient();
        for (int i = 0; i < LockoutPolicy.MAX_FAILURES; i++) {
            catchThrowable(() -> attempt(locked, "guess"));
        }
        String deactivated = newClient();
        testAccounts.signInAs("admin-" + UUID.randomUUID() + "@test.dyad", "Admin", Role.ADMIN);
        accountAdmin.deactivate(accounts.findByEmail(deactivated).orElseThrow().id());
        TestAccounts.signOut();
        // a fresh account for every wrong password, so none of them gets locked part-way (one failure per round)
        List<String> wrongPasswordAccounts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            wrongPasswordAccounts.add(newClient());
        }
        // warm up: the first hashes and queries of a run are slower for reasons that have nothing to do with them
        for (int i = 0; i < 5; i++) {
            catchThrowable(() -> attempt("warm-up-" + UUID.randomUUID() + "@test.dyad", "anything"));
        }

        // A systematic difference (a refusal that skips the hash: 57 ms against 244 ms) shows in every round. A
        // busy machine (another build, the garbage collector) can skew one round, so up to three are measured and
        // the test passes on the first round within the bound.
        List<Map<Refusal, Long>> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Map<Refusal, Long> medians = medianRefusalTimes(locked, deactivated, wrongPasswordAccounts);
            rounds.add(medians);
            if (spread(medians) <= 1.2) {
                return;
            }
        }
        assertThat(rounds.stream().mapToDouble(SignInTimingTest::spread).min().orElseThrow())
                .as("slowest / fastest median refusal in every round; medians in ns: %s", rounds)
                .isLessThanOrEqualTo(1.2);
    }

    /** The median time of each kind of refusal, over {@value #ATTEMPTS} attempts of each, interleaved. */
    private Map<Refusal, Long> medianRefusalTimes(String locked, String deactivated, List<String> wrongPassword) {
        Map<Refusal, long[]> nanos = new EnumMap<>(Refusal.class);
        for (Refusal kind : Refusal.values()) {
            nanos.put(kind, new long[ATTEMPTS]);
        }
        // interleaved, so a slow moment of the machine falls on every kind alike
        for (int i = 0; i < ATTEMPTS; i++) {
            nanos.get(Refusal.UNKNOWN_EMAIL)[i] =
                    timeRefusal("nobody-" + UUID.randomUUID() + "@test.dyad", TestAccounts.PASSWORD);
            nanos.get(Refusal.WRONG_PASSWORD)[i] = timeRefusal(wrongPassword.get(i), "not the password at all");
            nanos.get(Refusal.LOCKED_ACCOUNT)[i] = timeRefusal(locked, TestAccounts.PASSWORD);
            nanos.get(Refusal.DEACTIVATED_ACCOUNT)[i] = timeRefusal(deactivated, TestAccounts.PASSWORD);
        }
        Map<Refusal, Long> medians = new EnumMap<>(Refusal.class);
        nanos.forEach((kind, times) -> medians.put(kind, median(times)));
        return medians;
    }

    private static double spread(Map<Refusal, Long> medians) {
        long fastest =
                medians.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        long slowest =
                medians.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        return (double) slowest / fastest;
    }

    private long timeRefusal(String email, String password) {
        long start = System.nanoTime();
        Throwable refusal = catchThrowable(() -> attempt(email, password));
        long took = System.nanoTime() - start;
        assertThat(refusal).isInstanceOf(BadCredentialsException.class);
        return took;
    }

    private void attempt(String email, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        int address = nextAddress++;
        token.setDetails(new WebAuthenticationDetails("10.77." + (address / 250) + "." + (address % 250 + 1), null));
        provider.authenticate(token);
    }

    private String newClient() {
        String email = "client-" + UUID.randomUUID() + "@test.dyad";
        testAccounts.ensure(email, "Client", Role.CLIENT);
        return email;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
