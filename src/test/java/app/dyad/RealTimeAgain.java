package app.dyad;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, the {@link TestClock} shows the real now again. A test that moves the clock (an invitation
 * expiring after 72 hours, a rolling hour of sign-in failures) otherwise left "today" days ahead for the tests that
 * followed, and a due date computed from the real date was then refused as past. Registered for every Spring test in
 * {@code META-INF/spring.factories}; runs before {@code @BeforeEach} methods, which may still set the clock.
 */
public class RealTimeAgain implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(TestClock.class)
                    .ifAvailable(clock -> clock.set(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        }
    }
}
