package app.dyad.mail;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Please don't contact me by e-mail": while a person's account is held, the {@link Outbox} queues nothing for it
 * and {@link MailDelivery} sends nothing to it, whatever the kind (reminders, invitations, resets, notices). Mail
 * already queued is dropped, not delayed: a message that waited would still arrive in a shared inbox later. Called
 * by services only, which decide who may ask for it; the hold leaves no trace in any mail or outbox row.
 */
@Component
public class MailHolds {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailHolds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stops every mail to this account from now on, and drops what is queued and not sent yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(long accountId) {
        jdbc.sql("insert ignore into mail_hold (account_id, since) values (:account, :now)")
                .param("account", accountId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("""
                        delete from outbox_mail
                        where sent_at is null
                          and (account_id = :account
                               or recipient = (select email from user_account where id = :account))""").param("account", accountId).update();
    }

    /** Mail may go to this account again (nothing dropped while it was held comes back). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long accountId) {
        jdbc.sql("delete from mail_hold where account_id = :account")
                .param("account", accountId)
                .update();
    }

    /** Whether mail to this account is held. */
    @Transactional(readOnly = true)
    public boolean isHeld(long accountId) {
        return jdbc.sql("select count(*) from mail_hold where account_id = :account")
                        .param("account", accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
