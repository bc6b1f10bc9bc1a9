/** The strategy library, exercises with typed prompts, homework assignments, responses and feedback. Contributes the couple page's Homework tab, the client home's homework and the caseload's homework figures. */
@ApplicationModule(allowedDependencies = {"base", "identity", "audit", "couples", "couples :: spi", "mail :: spi"})
@NullMarked
package app.dyad.exercises;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
