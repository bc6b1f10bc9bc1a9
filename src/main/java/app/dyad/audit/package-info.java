/** The append-only audit trail: who read or changed what, who was refused, who signed in. Listens to identity's sign-in and account events. */
@ApplicationModule(allowedDependencies = {"base", "identity"})
@NullMarked
package app.dyad.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
