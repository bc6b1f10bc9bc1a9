package app.dyad.base.ui;

import app.dyad.base.ClinicCalendar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Saves a draft every few seconds (the page polls) while someone writes: the one autosave of every page that keeps a
 * draft. It pauses after ten quiet minutes, so an open page does not keep an unattended sign-in alive past its idle
 * timeout (on a shared laptop, the next person could walk into it); typing again resumes it. The page still saves
 * when it is left.
 */
public final class Autosave {

    public static final int INTERVAL_MILLIS = 4000;
    public static final Duration PAUSE_AFTER = Duration.ofMinutes(10);

    private final ClinicCalendar calendar;
    private final Runnable save;
    private Instant lastTyped;
    private @Nullable Registration poll;

    /** {@code save} is called on every tick; it decides itself whether there is anything new to save. */
    public Autosave(ClinicCalendar calendar, Runnable save) {
        this.calendar = calendar;
        this.save = save;
        this.lastTyped = calendar.now();
    }

    /** Someone typed: remember when, and resume saving if it had paused. */
    public void typed(UI ui) {
        lastTyped = calendar.now();
        if (poll == null) {
            start(ui);
        }
    }

    /** Starts polling (when the page is attached). */
    public void start(UI ui) {
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

    /** Stops polling (when the page is left, or nothing is left to save). */
    public void stop(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        ui.setPollInterval(-1);
    }
}
