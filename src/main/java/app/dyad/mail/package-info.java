/**
 * Mail: the outbox every e-mail is written to in its cause's transaction, its delivery with retries on one node at
 * a time, reminders contributed by other modules through {@code spi}, one-click unsubscribe, and the demo's in-app
 * SMTP server with its Outbox page. No mail carries clinical content: it says that something waits in Dyad and links
 * to it. Depends on base only; identity, exercises and sessions depend on it.
 */
@ApplicationModule(allowedDependencies = {"base"})
@NullMarked
package app.dyad.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
