/**
 * What other modules contribute to mail without mail depending on them: reminder kinds and the reminders due on a
 * clinic day ({@link app.dyad.mail.spi.ReminderSource}), who a person's address is
 * ({@link app.dyad.mail.spi.Recipients}), and a session as a calendar file ({@link app.dyad.mail.spi.CalendarFile}).
 *
 * <p>A new kind of reminder (check-ins will add "a check-in is due") takes three steps and no change to mail: declare
 * {@code allowedDependencies = "mail :: spi"}; write a Spring {@code @Component} implementing {@code ReminderSource}
 * whose {@code kinds()} names each kind (a stable code, the role it is for, a translation key for its name) and whose
 * {@code dueOn(day, runAt)} finds the day's reminders in one query per kind (it runs with nobody signed in, every ten minutes
 * of the sending window); add the subject, text and name keys to the translations. The reminder run then sends them
 * at the clinic's send time, outside quiet hours, once per kind, person, target and day; the account page shows the
 * new switch to the people of that role, and every mail carries its one-click unsubscribe link.
 */
@NamedInterface("spi")
@NullMarked
package app.dyad.mail.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
