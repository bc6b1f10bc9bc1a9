package app.dyad.mail.spi;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's reminders: the kinds it offers, and those due on a clinic day. The daily reminder run asks every source
 * (a later module, check-ins, adds its own by implementing this), then drops what each person turned off.
 */
public interface ReminderSource {

    /** The kinds this source sends, for the account page's switches and the unsubscribe page. */
    List<ReminderKind> kinds();

    /** The reminders due on this clinic day; called by the reminder run with no one signed in. */
    List<Reminder> dueOn(LocalDate clinicDay);
}
