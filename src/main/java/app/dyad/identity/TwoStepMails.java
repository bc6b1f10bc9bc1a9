package app.dyad.identity;

import app.dyad.mail.MailTexts;
import app.dyad.mail.Outbox;
import app.dyad.mail.OutgoingMail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person, in the transaction of the change, that their two-step sign-in was set up or reset. If it was not
 * them, they learn at once: someone with their password (or their open session) set up an app of their own, or, after
 * a reset, could now do so.
 */
@Component
class TwoStepMails {

    private final Outbox outbox;
    private final MailTexts texts;

    TwoStepMails(Outbox outbox, MailTexts texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void tellSetUp(UserAccount account) {
        outbox.queue(OutgoingMail.of(
                        "two-step-set-up",
                        account.id(),
                        account.email(),
                        texts.text("mail.two-step-set-up.subject"),
                        texts.text("mail.two-step-set-up.body"))
                .withReference("account:" + account.id() + ":two-step-set-up"));
    }

    /** The second step of signing in locked the account: in a transaction of its own, as that step has none. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void tellLockedAtSecondStep(UserAccount account) {
        outbox.queue(OutgoingMail.of(
                        "two-step-locked",
                        account.id(),
                        account.email(),
                        texts.text("mail.two-step-locked.subject"),
                        texts.text("mail.two-step-locked.body"))
                .withReference("account:" + account.id() + ":two-step-locked"));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void tellReset(UserAccount account) {
        outbox.queue(OutgoingMail.of(
                        "two-step-reset",
                        account.id(),
                        account.email(),
                        texts.text("mail.two-step-reset.subject"),
                        texts.text("mail.two-step-reset.body"))
                .withReference("account:" + account.id() + ":two-step-reset"));
    }
}
