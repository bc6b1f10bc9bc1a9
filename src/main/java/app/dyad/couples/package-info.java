/** Couples (cases), their partners, caseloads and goals; {@link app.dyad.couples.CaseAccess} decides who may see a couple. Offers the {@code spi} other modules plug into, and depends on none of them. */
@ApplicationModule(allowedDependencies = {"base", "identity", "audit"})
@NullMarked
package app.dyad.couples;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
