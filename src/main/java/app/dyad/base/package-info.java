/**
 * Shared infrastructure every module builds on, with no feature word in it: entity base, clock and clinic calendar,
 * paging, input errors, layout and error handling. Open to all modules; depends on none.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
@NullMarked
package app.dyad.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
