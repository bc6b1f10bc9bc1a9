package app.dyad.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every e-mail is written, inside the transaction of the change that causes it (an invitation with the new
 * account, a reminder with its run): if that change rolls back, nothing is sent; once it commits, {@link
 * MailDelivery} sends it, however often the mail server is down in between. Called by services only, which decide
 * who may cause a mail; it holds no rule of its own.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues the mail in the caller's transaction; false if a mail with the same unique key was queued before (by
     * this node or another), or the person asked for no e-mail ({@link MailHolds}), in which case nothing is queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        var attachment = mail.attachment();
        int rows = jdbc.sql("""
                        insert ignore into outbox_mail (kind, account_id, recipient, subject, body, attachment_name,
                            attachment_type, attachment, unsubscribe_url, reference, unique_key, created_at,
                            next_attempt_at)
                        select :kind, :account, :recipient, :subject, :body, :attachmentName, :attachmentType,
                            :attachment, :unsubscribeUrl, :reference, :uniqueKey, :now, :now
                        from dual
                        where not exists (select 1 from mail_hold h where h.account_id = :account)
                          and not exists (select 1 from mail_hold h join user_account a on a.id = h.account_id
                                          where a.email = :recipient)""")
                .param("kind", mail.kind())
                .param("account", mail.accountId())
                .param("recipient", mail.to())
                .param("subject", mail.subject())
                .param("body", mail.body())
                .param("attachmentName", attachment == null ? null : attachment.fileName())
                .param("attachmentType", attachment == null ? null : attachment.contentType())
                .param("attachment", attachment == null ? null : attachment.content())
                .param("unsubscribeUrl", mail.unsubscribeUrl())
                .param("reference", mail.reference())
                .param("uniqueKey", mail.uniqueKey())
                .param("now", now)
                .update();
        return rows == 1;
    }

    /** Of these unique keys, those a mail was queued under already (by any node, sent or not). */
    @Transactional(readOnly = true)
    public Set<String> existingKeys(Collection<String> uniqueKeys) {
        if (uniqueKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select unique_key from outbox_mail where unique_key in (:keys)")
                .param("keys", uniqueKeys)
                .query(String.class)
                .list());
    }

    /** The latest mail of each of these references that has one, in one query (a page of a list asks once). */
    @Transactional(readOnly = true)
    public Map<String, Delivery> latestOf(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        Map<String, Delivery> latest = new HashMap<>();
        jdbc.sql("""
                        select reference, recipient, created_at, sent_at, gave_up_at from outbox_mail
                        where id in (select max(id) from outbox_mail where reference in (:references) group by reference)""").param("references", references).query(rs -> {
            latest.put(
                    rs.getString("reference"),
                    new Delivery(
                            Delivery.mask(rs.getString("recipient")),
                            rs.getTimestamp("created_at").toInstant(),
                            instant(rs.getTimestamp("sent_at")),
                            instant(rs.getTimestamp("gave_up_at"))));
        });
        return latest;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
