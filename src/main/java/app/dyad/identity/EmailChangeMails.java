package app.dyad.identity;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.PublicUrl;
import app.dyad.mail.Delivery;
import app.dyad.mail.MailTexts;
import app.dyad.mail.Outbox;
import app.dyad.mail.OutgoingMail;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a requested change of sign-in address and mails about it, in the caller's transaction: the confirmation
 * link to the new address, and a notice to the current one naming the new address only masked. If another account
 * already has the new address, its owner gets a neutral notice instead of a link (someone asked to use their address;
 * nothing changes), so the person asking learns nothing, not even by timing: the work is the same either way.
 */
@Component
class EmailChangeMails {

    private final EmailChangeRepository changes;
    private final UserAccountRepository accounts;
    private final Outbox outbox;
    private final MailTexts texts;
    private final PublicUrl publicUrl;
    private final ClinicCalendar calendar;
    private final Clock clock;

    EmailChangeMails(
            EmailChangeRepository changes,
            UserAccountRepository accounts,
            Outbox outbox,
            MailTexts texts,
            PublicUrl publicUrl,
            ClinicCalendar calendar,
            Clock clock) {
        this.changes = changes;
        this.accounts = accounts;
        this.outbox = outbox;
        this.texts = texts;
        this.publicUrl = publicUrl;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Any change still open for the account stops working; the new one is mailed (see the class comment). */
    @Transactional(propagation = Propagation.MANDATORY)
    void request(UserAccount account, String newEmail) {
        Instant now = clock.instant();
        revokeOpen(account);
        String token = InvitationTokens.newToken();
        EmailChange change = changes.save(new EmailChange(account, newEmail, InvitationTokens.hash(token), now));
        // a change to a taken address can never be confirmed (confirming checks again), and nobody gets its link
        String kind = accounts.existsByEmail(newEmail) ? "email-change-taken" : "email-change";
        outbox.queue(OutgoingMail.of(
                        kind,
                        null,
                        newEmail,
                        texts.text("mail." + kind + ".subject"),
                        texts.text(
                                "mail." + kind + ".body",
                                publicUrl.of("email-change/" + token),
                                format(change.expiresAt())))
                .withReference("account:" + account.id() + ":email-change"));
        outbox.queue(OutgoingMail.of(
                        "email-change-notice",
                        account.id(),
                        account.email(),
                        texts.text("mail.email-change-notice.subject"),
                        texts.text("mail.email-change-notice.body", Delivery.mask(newEmail)))
                .withReference("account:" + account.id() + ":email-change-notice"));
    }

    /** Every change still open for the account stops working. */
    void revokeOpen(UserAccount account) {
        Instant now = clock.instant();
        changes.findOpenFor(account).forEach(open -> open.revoke(now));
    }

    private String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(calendar.locale())
                .withZone(calendar.zone())
                .format(instant);
    }
}
