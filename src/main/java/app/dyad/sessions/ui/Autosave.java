package app.dyad.sessions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import app.dyad.base.ClinicCalendar;
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

    private final ClinicCalendar calendar;
    private final Runnable save;
    private Instant lastTyped;
    private @Nullable Registration poll;

    Autosave(ClinicCalendar calendar, Runnable save) {
        this.calendar = calendar;
        this.save = save;
        this.lastTyped = calendar.now();
    }

    /** Someone typed: remember when, and resume saving if it had paused. */
    void typed(UI ui) {
        lastTyped = calendar.now();
        if (poll == null) {
            start(ui);
        }
    }

    void start(UI ui) {
        ui.setPollInterval(INTERVAL_MILLIS);
        if (poll == null) {
            poll = ui.addPollListener(tick -> {
                save.run();
                if (lastTyped.plus(PAUSE_AFTER).isBefore(calendar.now())) {
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
