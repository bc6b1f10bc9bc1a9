/** Demo accounts, couples, homework, sessions and check-ins for the default, embedded profile only, created through the modules' public services. */
@ApplicationModule(allowedDependencies = {"base", "identity", "couples", "exercises", "sessions", "checkins", "safety"})
@NullMarked
package app.dyad.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
