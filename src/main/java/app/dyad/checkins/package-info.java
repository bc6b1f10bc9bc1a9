/** Check-ins: the balance check-in and the CSI-4, each couple's schedule, partners' answers and scores, and their charts. Contributes the couple page's Progress tab, the client home's check-in, a reminder kind and the pre-session scores. */
@ApplicationModule(
        allowedDependencies = {"base", "identity", "audit", "couples", "couples :: spi", "exercises", "mail :: spi"})
@NullMarked
package app.dyad.checkins;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
