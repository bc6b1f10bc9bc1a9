package app.dyad.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the {@link Outbox} holds. Runs every few seconds on one node at a time (ShedLock's lock row), and
 * claims each mail before sending it, so two nodes never send one mail twice even if a lock ran out. A mail the
 * server refuses or cannot take is tried again after a growing pause (30 s doubling up to 2 min, so a server back
 * from an outage gets every mail within two minutes), for three days; then it is given up and the admin's screen
 * says so. Once sent, its body is erased: it may hold a one-time link, which must not live on in the database.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(2);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final int BATCH = 100;
    private static final int MAX_BATCHES_PER_RUN = 200;
    private static final int SERVER_DOWN_AFTER = 3;

    private final JdbcClient jdbc;
    private final JavaMailSender sender;
    private final Clock clock;
    private final String from;

    MailDelivery(JdbcClient jdbc, JavaMailSender sender, Clock clock, @Value("${dyad.mail.from}") String from) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
    }

    /** Sends every mail that is due (returns nothing: ShedLock skips a locked run, and could not say what it sent). */
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT10M")
    public void deliverDue() {
        // batch after batch until nothing is due (a morning's reminders go out in one run, not 100 every 10 s), but
        // never for ever: a batch this run could claim nothing of (another node has it) ends the run
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<Long> due = jdbc.sql("""
                            select id from outbox_mail
                            where sent_at is null and gave_up_at is null and next_attempt_at <= :now
                              and not exists (select 1 from mail_hold h where h.account_id = outbox_mail.account_id)
                              and not exists (select 1 from mail_hold h join user_account a on a.id = h.account_id
                                              where a.email = outbox_mail.recipient)
                            order by next_attempt_at, id limit :batch""")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("batch", BATCH)
                    .query(Long.class)
                    .list();
            int claimed = 0;
            int unreachableInARow = 0;
            for (long id : due) {
                if (claim(id)) {
                    claimed++;
                    unreachableInARow = deliver(id) == Outcome.SERVER_UNREACHABLE ? unreachableInARow + 1 : 0;
                    if (unreachableInARow == SERVER_DOWN_AFTER) {
                        // the server is down: the rest waits for the next run instead of each timing out in turn
                        // (a mail the server refuses, a bad address say, stops nothing: the others still go)
                        return;
                    }
                }
            }
            if (due.size() < BATCH || claimed == 0) {
                return;
            }
        }
    }

    /** Takes the mail for this run; false if another run (another node) has it or it went out meanwhile. */
    private boolean claim(long id) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update outbox_mail set claimed_until = :until
                        where id = :id and sent_at is null and gave_up_at is null
                          and (claimed_until is null or claimed_until < :now)
                          and not exists (select 1 from mail_hold h where h.account_id = outbox_mail.account_id)
                          and not exists (select 1 from mail_hold h join user_account a on a.id = h.account_id
                                          where a.email = outbox_mail.recipient)""")
                        .param("until", Timestamp.from(now.plus(CLAIM)))
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    private Outcome deliver(long id) {
        QueuedMail mail = jdbc.sql("""
                        select id, kind, recipient, subject, body, attachment_name, attachment_type, attachment,
                            unsubscribe_url, created_at, attempts
                        from outbox_mail where id = :id""")
                .param("id", id)
                .query((rs, row) -> new QueuedMail(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("attachment_name"),
                        rs.getString("attachment_type"),
                        rs.getString("attachment"),
                        rs.getString("unsubscribe_url"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("attempts")))
                .optional()
                .orElse(null);
        if (mail == null) {
            return Outcome.REFUSED; // dropped meanwhile (its person asked for no e-mail): nothing to send
        }
        try {
            sender.send(message(mail));
        } catch (MessagingException | RuntimeException notTaken) {
            failed(mail, notTaken);
            return unreachable(notTaken) ? Outcome.SERVER_UNREACHABLE : Outcome.REFUSED;
        }
        jdbc.sql("""
                        update outbox_mail set sent_at = :now, claimed_until = null, attempts = attempts + 1,
                            body = null, attachment = null, last_error = null
                        where id = :id""")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        log.info("Mail {} ({}) sent", id, mail.kind());
        return Outcome.SENT;
    }

    private MimeMessage message(QueuedMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper =
                new MimeMessageHelper(message, mail.attachmentName() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body() == null ? "" : mail.body(), false);
        if (mail.attachmentName() != null && mail.attachment() != null) {
            helper.addAttachment(
                    mail.attachmentName(),
                    new ByteArrayResource(mail.attachment().getBytes(StandardCharsets.UTF_8)),
                    mail.attachmentType() == null ? "application/octet-stream" : mail.attachmentType());
        }
        if (mail.unsubscribeUrl() != null) {
            // RFC 8058: mail programs show their own "unsubscribe" button and post to this address, no sign-in needed
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        return message;
    }

    private void failed(QueuedMail mail, Exception cause) {
        Instant now = clock.instant();
        int attempts = mail.attempts() + 1;
        boolean giveUp = !now.isBefore(mail.queuedAt().plus(GIVE_UP_AFTER));
        String reason = withoutLinks(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        // given up, the body goes too: a one-time link must not outlive its use in the table (or its backups)
        jdbc.sql("""
                        update outbox_mail set attempts = :attempts, claimed_until = null, last_error = :error,
                            next_attempt_at = :next, gave_up_at = :gaveUp,
                            body = case when :giveUp then null else body end,
                            attachment = case when :giveUp then null else attachment end
                        where id = :id""")
                .param("attempts", attempts)
                .param("error", truncate(reason, 500))
                .param("next", Timestamp.from(now.plus(pauseAfter(attempts))))
                .param("gaveUp", giveUp ? Timestamp.from(now) : null)
                .param("giveUp", giveUp)
                .param("id", mail.id())
                .update();
        if (giveUp) {
            log.error("Mail {} ({}) given up after {} attempts: {}", mail.id(), mail.kind(), attempts, reason);
        } else {
            log.warn("Mail {} ({}) not sent, attempt {}: {}", mail.id(), mail.kind(), attempts, reason);
        }
    }

    /**
     * A mail server's refusal may quote the mail (a link filter names the link it blocked): the reason kept and logged
     * has every web address cut out, so no one-time link reaches the log or the table through it.
     */
    static String withoutLinks(String reason) {
        return LINK.matcher(reason).replaceAll("[link]");
    }

    /**
     * Whether the server could not be reached or would not let us in, as opposed to refusing this one mail: Spring's
     * sender reports a refused message among its failed messages, and a connection it could not make with none.
     */
    private static boolean unreachable(Exception cause) {
        return cause instanceof MailAuthenticationException
                || (cause instanceof MailSendException send
                        && send.getFailedMessages().isEmpty());
    }

    private enum Outcome {
        SENT,
        REFUSED,
        SERVER_UNREACHABLE
    }

    /** 30 s, 1 min, 2 min, 2 min, ...: soon after a short outage, never a long wait after a long one. */
    static Duration pauseAfter(int attempts) {
        Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private record QueuedMail(
            long id,
            String kind,
            String recipient,
            String subject,
            @Nullable String body,
            @Nullable String attachmentName,
            @Nullable String attachmentType,
            @Nullable String attachment,
            @Nullable String unsubscribeUrl,
            Instant queuedAt,
            int attempts) {}
}
