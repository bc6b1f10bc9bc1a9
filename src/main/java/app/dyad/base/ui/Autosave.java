package app.dyad.base.ui;

import app.dyad.base.ClinicCalendar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The one autosave of every page that keeps a draft. The browser decides when typed text goes to the server: after
 * a second of quiet, at least every four seconds while typing, when a field is left, before any click (the menu, a
 * link, the form's own buttons, which then act on the text as shown), when the tab is hidden and before the page unloads. Until the server has
 * acknowledged a save of the last keystroke, the form carries {@code data-autosave="unsaved"} and leaving the page
 * asks first ("Leave site?"), while the text is already on its way.
 *
 * <p>The page also polls every few seconds, for changes made on the server side; the poll pauses after ten quiet
 * minutes, so an open page does not keep an unattended sign-in alive past its idle timeout (on a shared laptop, the
 * next person could walk into it); typing again resumes it.
 */
public final class Autosave {

    public static final int INTERVAL_MILLIS = 4000;
    public static final int QUIET_MILLIS = 1000;
    public static final Duration PAUSE_AFTER = Duration.ofMinutes(10);
    /** The browser event that carries the form's pending text to the server. */
    public static final String FLUSH_EVENT = "dyad-flush";

    // `this` is the form. Counts edits; the server acknowledges the count it has saved. Listeners on window run
    // in the capture phase, so a flush is queued before the click that navigates is handled by Vaadin's router.
    private static final String BROWSER_SIDE = """
            const form = this, quiet = $0, most = $1;
            if (form.dyadAutosave) { return; }
            let edits = 0, acked = 0, sent = 0, quietTimer, dueTimer;
            const mark = () => { form.dataset.autosave = edits > acked ? 'unsaved' : 'saved'; };
            const flush = () => {
              clearTimeout(quietTimer); clearTimeout(dueTimer); quietTimer = dueTimer = undefined;
              if (!form.isConnected) { stop(); return; }
              if (edits === sent) { return; }
              sent = edits;
              form.querySelectorAll('[data-autosave-field]')
                  .forEach(field => field.dispatchEvent(new CustomEvent('dyad-flush')));
              form.dispatchEvent(new CustomEvent('dyad-flush', { detail: edits }));
            };
            const edited = () => {
              edits++; mark();
              clearTimeout(quietTimer); quietTimer = setTimeout(flush, quiet);
              if (!dueTimer) { dueTimer = setTimeout(flush, most); }
            };
            const hidden = () => { if (document.visibilityState === 'hidden') { flush(); } };
            const leaving = e => {
              if (!form.isConnected) { stop(); return; }
              flush();
              if (edits > acked) { e.preventDefault(); e.returnValue = ''; }
            };
            const stop = () => {
              window.removeEventListener('pointerdown', flush, true);
              window.removeEventListener('click', flush, true);
              window.removeEventListener('beforeunload', leaving);
              window.removeEventListener('pagehide', flush);
              document.removeEventListener('visibilitychange', hidden);
            };
            form.addEventListener('input', edited);
            form.addEventListener('change', edited);
            form.addEventListener('focusout', flush);
            window.addEventListener('pointerdown', flush, true);
            window.addEventListener('click', flush, true);
            window.addEventListener('beforeunload', leaving);
            window.addEventListener('pagehide', flush);
            document.addEventListener('visibilitychange', hidden);
            form.dyadAutosave = { saved: n => { acked = Math.max(acked, n); mark(); }, flush };
            mark();
            """;

    private final ClinicCalendar calendar;
    private final BooleanSupplier save;
    private Instant lastTyped;
    private @Nullable Registration poll;
    private @Nullable Element form;
    private int flushed;

    /**
     * {@code save} is called on every flush and tick; it decides itself whether there is anything new to save, and
     * answers whether the server now holds everything the form shows (false after a conflict or a refusal).
     */
    public Autosave(ClinicCalendar calendar, BooleanSupplier save) {
        this.calendar = calendar;
        this.save = save;
        this.lastTyped = calendar.now();
    }

    /** Lets the browser flush this form's text and warn before leaving it unsaved (call once per form shown). */
    public void watch(Component form) {
        Element element = form.getElement();
        this.form = element;
        flushed = 0;
        element.setAttribute("data-autosave", "saved");
        element.addEventListener(
                        FLUSH_EVENT,
                        flush ->
                                flushed(flush.getEventData().get("event.detail").asInt()))
                .addEventData("event.detail");
        form.addAttachListener(attach -> element.executeJs(BROWSER_SIDE, QUIET_MILLIS, INTERVAL_MILLIS));
        if (form.isAttached()) {
            element.executeJs(BROWSER_SIDE, QUIET_MILLIS, INTERVAL_MILLIS);
        }
    }

    /** A text field of the watched form: its value goes to the server with each flush rather than on its own. */
    public void follow(TextArea field) {
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.getElement().setAttribute("data-autosave-field", true);
        field.getElement().addPropertyChangeListener("value", FLUSH_EVENT, sent -> {});
    }

    /** The browser sent everything typed up to its {@code edits}-th change: save, and say so if it worked. */
    void flushed(int edits) {
        flushed = Math.max(flushed, edits);
        if (save.getAsBoolean()) {
            acknowledge();
        }
    }

    /** The server holds what the browser flushed last (also after a save the person asked for on the server). */
    public void acknowledge() {
        Element current = form;
        if (current != null) {
            current.executeJs("this.dyadAutosave && this.dyadAutosave.saved($0)", flushed);
        }
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
                if (save.getAsBoolean()) {
                    acknowledge();
                }
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
