/** Demo accounts, couples, homework and sessions for the default, embedded profile only, created through the modules' public services. */
@ApplicationModule(allowedDependencies = {"base", "identity", "couples", "exercises", "sessions"})
@NullMarked
package app.dyad.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
