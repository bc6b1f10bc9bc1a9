package app.dyad.mail.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A module's reminders: the kinds it offers, and those due on a clinic day. The daily reminder run asks every source
 * (a later module, check-ins, adds its own by implementing this), then drops what each person turned off.
 */
public interface ReminderSource {

    /** The kinds this source sends, for the account page's switches and the unsubscribe page. */
    List<ReminderKind> kinds();

    /**
     * The reminders due on this clinic day, as of the run's moment (a rule such as "24 h after the session" counts
     * from it, never from the clock, so a run for a given moment always finds the same); called with no one signed in.
     */
    List<Reminder> dueOn(LocalDate clinicDay, Instant runAt);
}
