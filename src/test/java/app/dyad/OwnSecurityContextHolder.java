package app.dyad;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, the static {@link SecurityContextHolder} is this test's Spring context's own holder again.
 *
 * <p>Every application context Vaadin starts installs its own holder strategy globally, and that context's method
 * security reads only its own. The test JVM keeps several contexts (the default one, ClinicDayTest's two clinic time
 * zones): after another context started, a test signing in through the static holder was refused by its own
 * context's services (seen as "Access Denied" in every test run after ClinicDayTest). Registered for every Spring test
 * in {@code META-INF/spring.factories}.
 */
public class OwnSecurityContextHolder implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
