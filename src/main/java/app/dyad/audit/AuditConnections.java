package app.dyad.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.stereotype.Component;

/**
 * The audit trail's own small connection pool, for the rows that must outlive the caller's transaction (reads,
 * refusals, sign-ins). Such a row is written while the caller may still hold a connection of the main pool; taking
 * a second one from that same pool let as many simultaneous callers as it has connections each hold one and wait
 * for another until the pool's timeout. From here a caller waits at most for other callers' one-row inserts, never
 * for a connection some caller holds, so audited reads can never wait on each other's transactions.
 *
 * <p>It copies the main pool's settings (URL, account, driver properties), so it reaches the same database in every
 * profile. It is not a {@link DataSource} bean, so Spring Boot's own DataSource, JPA and Flyway are untouched. The
 * insert is plain JDBC on purpose: Spring's {@code JdbcTemplate} would bind the connection to the caller's
 * transaction and keep it out of the pool until that transaction ends. The connection autocommits, so the row is
 * committed before the caller goes on. Spring closes the pool on shutdown ({@link AutoCloseable}).
 */
@Component
class AuditConnections implements AutoCloseable {

    private final HikariDataSource pool;

    AuditConnections(DataSource dataSource, @Value("${dyad.audit.connections}") int connections) throws SQLException {
        HikariConfig config = new HikariConfig();
        dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
        config.setPoolName("audit");
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        config.setAutoCommit(true);
        config.setReadOnly(false);
        this.pool = new HikariDataSource(config);
    }

    /** Inserts the row and commits it at once, whatever then becomes of the caller's transaction. */
    void insert(AuditEntry entry) {
        List<@Nullable Object> values = entry.insertValues();
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement(AuditEntry.INSERT)) {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("audit row", AuditEntry.INSERT, e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
