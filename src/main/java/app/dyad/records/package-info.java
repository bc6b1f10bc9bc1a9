/**
 * Records: a partner's own record (right of access) and the couple's full record, as one ZIP of a PDF and a JSON file,
 * streamed section by section. Other modules add sections through {@code records.spi}; the sections of homework,
 * check-ins, sessions and goals live here and read through those modules' public services, which apply their own
 * privacy rules. Contributes the client home's download and the couple page's "Record…" action.
 */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "identity",
            "audit",
            "couples",
            "couples :: spi",
            "exercises",
            "checkins",
            "sessions"
        })
@NullMarked
package app.dyad.records;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
