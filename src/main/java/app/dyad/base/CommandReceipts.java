package app.dyad.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a creating command happen once: its form draws a command id once, and the service claims that id in the
 * transaction that creates the row. A repeat of the same command (a double-click, a resent request) hits the
 * primary key of {@code command_receipt}: it waits for the first to commit and gets its result back instead of
 * creating a second session, assignment or signed addendum. If the first fails, its claim rolls back with it and
 * the same id may be sent again. JDBC on purpose: it shares the caller's transaction and connection, and a
 * duplicate key fails only its own statement (through JPA it would mark the whole transaction for rollback).
 */
@Component
public class CommandReceipts {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CommandReceipts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the command for this caller, or returns the result of the same command already done. A command id
     * used for another kind of command or by another account is refused.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> claim(UUID commandId, String kind, long accountId) {
        try {
            jdbc.update(
                    "insert into command_receipt (command_id, kind, account_id, created_at) values (?, ?, ?, ?)",
                    commandId.toString(),
                    kind,
                    accountId,
                    Timestamp.from(clock.instant()));
            return Optional.empty();
        } catch (DuplicateKeyException alreadyClaimed) {
            // a locking read: it sees the committed first claim, which a plain read of this transaction might not
            Receipt first = jdbc.queryForObject(
                    "select kind, account_id, result from command_receipt where command_id = ? lock in share mode",
                    (row, i) -> new Receipt(row.getString(1), row.getLong(2), row.getString(3)),
                    commandId.toString());
            if (first == null
                    || !first.kind().equals(kind)
                    || first.accountId() != accountId
                    || first.result() == null) {
                throw InvalidInputException.of("command", "command.reused");
            }
            return Optional.of(first.result());
        }
    }

    /** Records what the claimed command created, for a repeat to return. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void done(UUID commandId, String result) {
        jdbc.update("update command_receipt set result = ? where command_id = ?", result, commandId.toString());
    }

    private record Receipt(
            String kind, long accountId, @Nullable String result) {}
}
