package app.dyad.sessions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Saves a draft every few seconds (the page polls) while someone writes. It pauses after ten quiet minutes, so an
 * open note does not keep an unattended session alive past its idle timeout; typing again resumes it.
 */
final class Autosave {

    static final int INTERVAL_MILLIS = 4000;
    static final Duration PAUSE_AFTER = Duration.ofMinutes(10);

    private final Clock clock;
    private final Runnable save;
    private Instant lastTyped;
    private @Nullable Registration poll;

    Autosave(Clock clock, Runnable save) {
        this.clock = clock;
        this.save = save;
        this.lastTyped = clock.instant();
    }

    /** Someone typed: remember when, and resume saving if it had paused. */
    void typed(UI ui) {
        lastTyped = clock.instant();
        if (poll == null) {
            start(ui);
        }
    }

    void start(UI ui) {
        ui.setPollInterval(INTERVAL_MILLIS);
        if (poll == null) {
            poll = ui.addPollListener(tick -> {
                save.run();
                if (lastTyped.plus(PAUSE_AFTER).isBefore(clock.instant())) {
                    stop(ui);
                }
            });
        }
    }

    void stop(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        ui.setPollInterval(-1);
    }
}
