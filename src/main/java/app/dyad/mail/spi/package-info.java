/**
 * What other modules contribute to mail without mail depending on them: reminder kinds and the reminders due on a
 * clinic day ({@link app.dyad.mail.spi.ReminderSource}), and who a person's address is
 * ({@link app.dyad.mail.spi.Recipients}). A contributing module declares {@code allowedDependencies = "mail :: spi"}.
 */
@NamedInterface("spi")
@NullMarked
package app.dyad.mail.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
