package app.dyad.base.db;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/** The prod profile refuses to start without its database settings, before anything touches a database. */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSettingsCheck {

    static final List<String> REQUIRED = List.of("DYAD_DB_URL", "DYAD_DB_USER", "DYAD_DB_PASSWORD");

    @Bean
    static BeanFactoryPostProcessor requireProductionSettings(Environment environment) {
        return beanFactory -> {
            List<String> missing = REQUIRED.stream()
                    .filter(name -> environment.getProperty(name) == null)
                    .toList();
            if (!missing.isEmpty()) {
                throw new MissingProductionSettingsException(missing);
            }
        };
    }
}
