package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.dyad.DyadSpringTest;
import app.dyad.base.InvalidInputException;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A wrong current password is counted toward the lockout in a transaction that outlives the caller's. If the
 * caller's transaction still held a connection of the main pool while that count took a second one, as many people
 * confirming a wrong password at once as the pool has connections would each hold one and wait for another until
 * the pool's timeout, and every other request with them.
 */
@DyadSpringTest
class WrongPasswordConfirmationsUnderLoadTest {

    /** Far below Hikari's 30 s connection timeout, far above a healthy run. */
    private static final long ALL_ANSWERED_WITHIN_SECONDS = 10;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    SignInFailureRepository failures;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void threeTimesThePoolSizeOfSimultaneousWrongPasswordsAreAllAnsweredPromptly() throws Exception {
        HikariDataSource mainPool = dataSource.unwrap(HikariDataSource.class);
        int people = 3 * mainPool.getMaximumPoolSize();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // one account each, so no one reaches the lockout and every answer is a refusal of the password itself
        List<SignedInUser> signedIn = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            signedIn.add(accounts.ensure("guess-" + i + "-" + tag + "@test.dyad", "Guesser " + i, Role.CLIENT));
        }

        // failures old enough to be forgotten, as a running server always has: every count also deletes such rows
        for (int i = 0; i < 5; i++) {
            failures.save(new SignInFailure(
                    "forgotten-" + i + "-" + tag + "@test.dyad", clock.instant().minus(Duration.ofDays(2))));
        }

        CountDownLatch ready = new CountDownLatch(people);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<Throwable>> answers = new ArrayList<>();
        for (SignedInUser person : signedIn) {
            answers.add(pool.submit(() -> {
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                person, null, person.getAuthorities()));
                try {
                    ready.countDown();
                    go.await();
                    myAccount.confirmOwnPassword("not my password", "password");
                    return null;
                } catch (InvalidInputException | HashingGate.HashingBusyException refused) {
                    return refused;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        ready.await();
        go.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(ALL_ANSWERED_WITHIN_SECONDS, TimeUnit.SECONDS)) {
            String state = describe(mainPool);
            long unanswered =
                    answers.stream().filter(answer -> !answer.isDone()).count();
            // free the shared test context's pool before failing: Hikari gives up waiting when interrupted
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            fail(unanswered + " of " + people + " simultaneous wrong passwords were still unanswered after "
                    + ALL_ANSWERED_WITHIN_SECONDS + " s; " + state);
        }
        for (Future<Throwable> answer : answers) {
            try {
                // refused as wrong, or turned away because the server is hashing all it will: never accepted
                assertThat(answer.get()).isNotNull();
            } catch (ExecutionException failed) {
                fail("a wrong password was neither refused nor turned away: " + failed.getCause(), failed.getCause());
            }
        }
    }

    private static String describe(HikariDataSource mainPool) {
        HikariPoolMXBean state = mainPool.getHikariPoolMXBean();
        return "main pool " + mainPool.getPoolName() + ": " + state.getActiveConnections() + " in use, "
                + state.getIdleConnections() + " idle, " + state.getThreadsAwaitingConnection()
                + " threads waiting for one";
    }
}
