/** Sessions: the counselor's appointments with a couple, the note of each, its signature and addenda. Reads homework for the pre-session summary and opens the homework dialogs from the note. */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "identity",
            "audit",
            "checkins",
            "couples",
            "couples :: spi",
            "exercises",
            "exercises :: homework-actions",
            "mail :: spi"
        })
@NullMarked
package app.dyad.sessions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
