package app.dyad.mail;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When reminders may be queued, in the clinic's wall-clock time: from {@code dyad.reminders.send-at} (09:00) on, and
 * never inside {@code dyad.reminders.quiet-hours} (21:00-08:00, which may span midnight). A node that was down at
 * the send time catches up later the same day, until quiet hours begin; a day missed entirely is not sent the next
 * day (a "due tomorrow" reminder on the due day would be wrong).
 */
@Component
class ReminderSchedule {

    private final LocalTime sendAt;
    private final LocalTime quietFrom;
    private final LocalTime quietUntil;

    ReminderSchedule(
            @Value("${dyad.reminders.send-at:09:00}") String sendAt,
            @Value("${dyad.reminders.quiet-hours:21:00-08:00}") String quietHours) {
        this.sendAt = time("dyad.reminders.send-at", sendAt);
        String[] bounds = quietHours.split("-", -1);
        if (bounds.length != 2) {
            throw new IllegalStateException("dyad.reminders.quiet-hours is '" + quietHours
                    + "': write it as two times with a dash, such as 21:00-08:00");
        }
        this.quietFrom = time("dyad.reminders.quiet-hours", bounds[0]);
        this.quietUntil = time("dyad.reminders.quiet-hours", bounds[1]);
        if (isQuiet(this.sendAt)) {
            throw new IllegalStateException("dyad.reminders.send-at (" + sendAt + ") falls inside the quiet hours ("
                    + quietHours + "): no reminder would ever be sent");
        }
    }

    private static LocalTime time(String property, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException notATime) {
            throw new IllegalStateException(
                    property + " is '" + value + "', which is not a time of day such as 09:00", notATime);
        }
    }

    /** Whether reminders may be queued at this clinic time. */
    boolean allows(LocalTime clinicTime) {
        return !clinicTime.isBefore(sendAt) && !isQuiet(clinicTime);
    }

    boolean isQuiet(LocalTime clinicTime) {
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        if (quietFrom.isBefore(quietUntil)) {
            return !clinicTime.isBefore(quietFrom) && clinicTime.isBefore(quietUntil);
        }
        return !clinicTime.isBefore(quietFrom) || clinicTime.isBefore(quietUntil);
    }
}
