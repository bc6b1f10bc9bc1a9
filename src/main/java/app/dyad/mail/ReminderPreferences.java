package app.dyad.mail;

import app.dyad.base.InvalidInputException;
import app.dyad.mail.spi.ReminderKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's reminder choices, one row per kind they changed ({@code reminder_preference}); a kind with no row
 * is on. Takes an account id and trusts it: only identity's service for the signed-in person (who they are) and the
 * signed unsubscribe link (which person and kind) call it.
 */
@Component
public class ReminderPreferences {

    private final JdbcClient jdbc;
    private final ReminderKinds kinds;
    private final Clock clock;

    ReminderPreferences(JdbcClient jdbc, ReminderKinds kinds, Clock clock) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.clock = clock;
    }

    /** The kinds for this person's role ({@code CLIENT}, {@code COUNSELOR}), each on or off. */
    @Transactional(readOnly = true)
    public List<ReminderChoice> choicesOf(long accountId, String role) {
        Set<String> off = new HashSet<>(
                jdbc.sql("select kind from reminder_preference where account_id = :account and enabled = false")
                        .param("account", accountId)
                        .query(String.class)
                        .list());
        return kinds.forAudience(role).stream()
                .map(kind -> new ReminderChoice(kind.code(), kind.labelKey(), !off.contains(kind.code())))
                .toList();
    }

    /** Turns one of this person's kinds on or off; a kind that is not for their role is refused. */
    @Transactional
    public void choose(long accountId, String role, String kind, boolean on) {
        if (kinds.forAudience(role).stream().noneMatch(k -> k.code().equals(kind))) {
            throw InvalidInputException.of("kind", "mail.reminders.unknown-kind");
        }
        store(accountId, kind, on);
    }

    /** Stores a choice for a kind already known to be this person's (the unsubscribe link's signature says so). */
    void store(long accountId, String kind, boolean on) {
        jdbc.sql("""
                        insert into reminder_preference (account_id, kind, enabled, changed_at)
                        values (:account, :kind, :enabled, :now)
                        on duplicate key update enabled = :enabled, changed_at = :now""")
                .param("account", accountId)
                .param("kind", kind)
                .param("enabled", on)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Of these people, those who turned this kind off: one query for a whole run. */
    Set<Long> turnedOff(ReminderKind kind, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select account_id from reminder_preference
                        where kind = :kind and enabled = false and account_id in (:accounts)""")
                .param("kind", kind.code())
                .param("accounts", accountIds)
                .query(Long.class)
                .list());
    }
}
