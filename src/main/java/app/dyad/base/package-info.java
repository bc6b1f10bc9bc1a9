/** Shared infrastructure every feature module builds on: entity base, clock, layout, error handling. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package app.dyad.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
