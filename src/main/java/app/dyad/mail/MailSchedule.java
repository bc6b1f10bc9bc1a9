package app.dyad.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What mail does on its own: delivery every few seconds, the reminder run every ten minutes, each under its ShedLock
 * lock. A bean of its own, present unless {@code dyad.scheduling.enabled} is false (tests run both by hand): a
 * scheduler that any other part of the application turns on then finds nothing of mail's to run. Before, the
 * {@code @Scheduled} methods sat on the services, and a test context whose scheduling came on anyway delivered
 * every test's mail into its own mail server.
 */
@Component
@ConditionalOnBooleanProperty(name = "dyad.scheduling.enabled", matchIfMissing = true)
class MailSchedule {

    private final MailDelivery delivery;
    private final Reminders reminders;

    MailSchedule(MailDelivery delivery, Reminders reminders) {
        this.delivery = delivery;
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${dyad.mail.send-every:PT10S}", initialDelayString = "${dyad.mail.send-every:PT10S}")
    void deliver() {
        delivery.deliverDue();
    }

    @Scheduled(
            fixedDelayString = "${dyad.reminders.check-every:PT10M}",
            initialDelayString = "${dyad.reminders.first-check-after:PT1M}")
    void remind() {
        reminders.run();
    }
}
