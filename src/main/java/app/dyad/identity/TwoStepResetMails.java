package app.dyad.identity;

import app.dyad.mail.MailTexts;
import app.dyad.mail.Outbox;
import app.dyad.mail.OutgoingMail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person, in the admin's transaction, that their two-step sign-in was reset: if they did not ask (a lost
 * phone, say), they learn at once that someone at the clinic could now set it up in their place with their password.
 */
@Component
class TwoStepResetMails {

    private final Outbox outbox;
    private final MailTexts texts;

    TwoStepResetMails(Outbox outbox, MailTexts texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void tell(UserAccount account) {
        outbox.queue(OutgoingMail.of(
                        "two-step-reset",
                        account.id(),
                        account.email(),
                        texts.text("mail.two-step-reset.subject"),
                        texts.text("mail.two-step-reset.body"))
                .withReference("account:" + account.id() + ":two-step-reset"));
    }
}
