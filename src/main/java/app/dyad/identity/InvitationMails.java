package app.dyad.identity;

import app.dyad.base.ClinicCalendar;
import app.dyad.mail.Delivery;
import app.dyad.mail.MailTexts;
import app.dyad.mail.Outbox;
import app.dyad.mail.OutgoingMail;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a one-time link and queues it by mail to the account's own address, in the caller's transaction: a
 * rolled-back account sends nothing, and the link never travels back to whoever caused it. An account that has no
 * password yet gets an invitation, one that has gets a reset. The mail says what it is, the link, until when it
 * works and to ignore it if unexpected; nothing else (no clinical content, no one else's name).
 */
@Component
class InvitationMails {

    static final String INVITATION = "invitation";
    static final String RESET = "password-reset";

    private final InvitationIssuer issuer;
    private final Outbox outbox;
    private final MailTexts texts;
    private final ClinicCalendar calendar;
    private final Clock clock;

    InvitationMails(InvitationIssuer issuer, Outbox outbox, MailTexts texts, ClinicCalendar calendar, Clock clock) {
        this.issuer = issuer;
        this.outbox = outbox;
        this.texts = texts;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A fresh link (any open one stops working), mailed to the account; what the admin may know of it. */
    @Transactional(propagation = Propagation.MANDATORY)
    InvitationSent send(UserAccount account) {
        return sent(account, issueAndQueue(account));
    }

    /** As {@link #send}, and hands the link back: only for the first admin's owner-only file. */
    @Transactional(propagation = Propagation.MANDATORY)
    InvitationLink sendAndKeep(UserAccount account) {
        return issueAndQueue(account);
    }

    /** Where the latest invitation mail of the account stands, for the admin's list. */
    Map<Long, Delivery> latestInvitations(Collection<Long> accountIds) {
        Map<String, Long> byReference = new HashMap<>();
        accountIds.forEach(id -> byReference.put(reference(id, INVITATION), id));
        Map<Long, Delivery> latest = new HashMap<>();
        outbox.latestOf(byReference.keySet())
                .forEach((reference, delivery) -> latest.put(byReference.get(reference), delivery));
        return latest;
    }

    private InvitationLink issueAndQueue(UserAccount account) {
        String kind = account.passwordHash() == null ? INVITATION : RESET;
        InvitationLink link = issuer.issue(account);
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(calendar.locale())
                .withZone(calendar.zone())
                .format(link.expiresAt());
        String subject = texts.text("mail." + kind + ".subject");
        String body = texts.text("mail." + kind + ".body", link.url(), expires);
        outbox.queue(OutgoingMail.of(kind, account.id(), account.email(), subject, body)
                .withReference(reference(account.id(), kind)));
        return link;
    }

    private InvitationSent sent(UserAccount account, InvitationLink link) {
        return new InvitationSent(account.id(), Delivery.mask(link.email()), clock.instant());
    }

    static String reference(long accountId, String kind) {
        return "account:" + accountId + ":" + kind;
    }
}
