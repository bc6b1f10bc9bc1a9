package app.dyad.mail;

import app.dyad.base.ClinicCalendar;
import app.dyad.mail.spi.Recipients;
import app.dyad.mail.spi.Reminder;
import app.dyad.mail.spi.ReminderKind;
import app.dyad.mail.spi.ReminderSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder run. Every ten minutes (on one node, under ShedLock's lock) it looks at the clinic's clock:
 * once the send time has come and outside quiet hours ({@link ReminderSchedule}), it asks every {@link
 * ReminderSource} for the day's reminders, leaves out the kinds each person turned off and the people who are no
 * longer active, and queues one mail each in the {@link Outbox}, under the unique key kind:account:target:day, so
 * a second run, a restart or a second node queues nothing twice. Each run of the day queues only what is missing:
 * what a failed run left out, and what became due since (a session booked at noon for tomorrow is reminded at
 * ten past).
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final ReminderSchedule schedule;
    private final ReminderKinds kinds;
    private final ReminderPreferences preferences;
    private final Recipients recipients;
    private final ReminderMails mails;
    private final Outbox outbox;
    private final ClinicCalendar calendar;
    private final TransactionTemplate transactions;

    Reminders(
            ReminderSchedule schedule,
            ReminderKinds kinds,
            ReminderPreferences preferences,
            Recipients recipients,
            ReminderMails mails,
            Outbox outbox,
            ClinicCalendar calendar,
            TransactionTemplate transactions) {
        this.schedule = schedule;
        this.kinds = kinds;
        this.preferences = preferences;
        this.recipients = recipients;
        this.mails = mails;
        this.outbox = outbox;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    /** The scheduled run ({@link MailSchedule}): queues today's reminders that are not queued yet, if it is time. */
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M")
    public void run() {
        sendDue(calendar.now());
    }

    /**
     * Queues the reminders due at this moment (the clinic day it falls on) that are not queued yet, if the schedule
     * allows sending then; returns how many mails were queued. The scheduled run calls it with the clock's now.
     */
    public int sendDue(Instant now) {
        LocalDateTime clinicTime = calendar.localDateTime(now);
        LocalDate day = clinicTime.toLocalDate();
        if (!schedule.allows(clinicTime.toLocalTime())) {
            return 0;
        }
        int queued = 0;
        for (ReminderSource source : kinds.sources()) {
            try {
                Integer count = transactions.execute(status -> queue(source, day, now));
                queued += count == null ? 0 : count;
            } catch (RuntimeException failed) {
                // one module's failure must not stop the others' reminders; the next run retries this one
                log.error("Reminders of {} for {} not queued", source.getClass().getSimpleName(), day, failed);
            }
        }
        log.info("Reminders for {}: {} queued", day, queued);
        return queued;
    }

    private int queue(ReminderSource source, LocalDate day, Instant now) {
        List<Reminder> due = source.dueOn(day, now);
        // most runs of a day find everything queued already: skip those before looking anything else up
        Set<String> queuedBefore =
                outbox.existingKeys(due.stream().map(r -> key(r, day)).toList());
        List<Reminder> fresh =
                due.stream().filter(r -> !queuedBefore.contains(key(r, day))).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        Map<Long, String> addresses = recipients.activeAddresses(accounts(fresh));
        int queued = 0;
        for (ReminderKind kind : source.kinds()) {
            List<Reminder> ofKind = fresh.stream()
                    .filter(r -> r.kind().code().equals(kind.code()))
                    .toList();
            Set<Long> off = preferences.turnedOff(kind, accounts(ofKind));
            for (Reminder reminder : ofKind) {
                String to = addresses.get(reminder.accountId());
                if (to == null || off.contains(reminder.accountId())) {
                    continue;
                }
                if (outbox.queue(mails.compose(reminder, to, key(reminder, day)))) {
                    queued++;
                }
            }
        }
        return queued;
    }

    /** A reminder's unique key: kind, person, target and clinic day. */
    static String key(Reminder reminder, LocalDate day) {
        return reminder.kind().code() + ":" + reminder.accountId() + ":" + reminder.target() + ":" + day;
    }

    private static Collection<Long> accounts(List<Reminder> reminders) {
        Set<Long> ids = new LinkedHashSet<>();
        reminders.forEach(r -> ids.add(r.accountId()));
        return ids;
    }
}
