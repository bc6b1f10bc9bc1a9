package app.dyad.bench;

import app.dyad.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the scale benchmark's Spring context at a schema of its own ({@code bench_<random>}) on the tests' MariaDB
 * server, migrated by Flyway at start and dropped when the JVM ends: millions of generated rows never meet the rows
 * of the other tests, which share {@link TestDatabase}'s schema.
 */
public class BenchDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "dyad-bench-database",
                        Map.of(
                                "spring.datasource.url", schema(db),
                                "spring.datasource.username", db.user(),
                                "spring.datasource.password", db.password())));
    }

    private static synchronized String schema(TestDatabase db) {
        if (url == null) {
            String server = db.url().substring(0, db.url().lastIndexOf('/') + 1);
            String schema =
                    "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(server, db, "create database " + schema + " character set utf8mb4 collate utf8mb4_unicode_ci");
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> execute(server, db, "drop database if exists " + schema)));
            url = server + schema;
        }
        return url;
    }

    private static void execute(String server, TestDatabase db, String sql) {
        try (Connection connection = DriverManager.getConnection(server, db.user(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Bench database: could not run [" + sql + "]", e);
        }
    }
}
