package app.dyad.base.ui;

import app.dyad.base.ClinicCalendar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one autosave of every page that keeps a draft. The browser decides when typed text goes to the server: after
 * a second of quiet, at least every four seconds while typing, when a field is left, before any click (the menu, a
 * link, the form's own buttons, which then act on the text as shown), when the tab is hidden and before the page unloads. Until the server has
 * acknowledged a save of the last keystroke, the form carries {@code data-autosave="unsaved"} and leaving the page
 * asks first ("Leave site?"), while the text is already on its way.
 *
 * <p>A page being unloaded cannot count on Vaadin's own request: Vaadin sends after the browser's current task, on a
 * timer that may never run once the next page commits, and never while another request is on its way. So a page left
 * with unacknowledged text also posts it, by a request that outlives the page, to {@link DraftsOnLeaving}, which hands
 * it to this form as if Vaadin had brought it ({@link #leftWith}).
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
    /** Where a page being left posts its unacknowledged text, followed by the form's key. */
    public static final String LEAVING_PATH = "/drafts/leaving/";

    // `this` is the form. Counts edits; the server acknowledges the count it has saved. Listeners on window run
    // in the capture phase, so a flush is queued before the click that navigates is handled by Vaadin's router.
    private static final String BROWSER_SIDE = """
            const form = this, quiet = $0, most = $1, leavingPath = $2;
            if (form.dyadAutosave) { return; }
            let edits = 0, acked = 0, sent = 0, posted = 0, quietTimer, dueTimer;
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
            // the page is going: what Vaadin was just given may never leave it, so the text goes by keepalive too
            const post = () => {
              if (edits <= acked || edits === posted) { return; }
              posted = edits;
              const meta = name => document.querySelector('meta[name="' + name + '"]');
              const body = new URLSearchParams({ edits });
              form.querySelectorAll('[data-autosave-field]')
                  .forEach(field => body.append('text' + field.dataset.autosaveField, field.value));
              if (meta('_csrf') && meta('_csrf_parameter')) {
                body.append(meta('_csrf_parameter').content, meta('_csrf').content);
              }
              // beyond the browser's 64 KB for keepalive it is refused, and Vaadin's flush is all there is
              fetch(leavingPath, { method: 'POST', body, keepalive: true, credentials: 'same-origin' })
                  .catch(() => {});
            };
            const leaving = e => {
              if (!form.isConnected) { stop(); return; }
              flush();
              post();
              // never hold up a quick exit with a question: the draft was just posted
              if (edits > acked && !window.dyadLeavingQuickly) { e.preventDefault(); e.returnValue = ''; }
            };
            const hiding = () => {
              if (!form.isConnected) { stop(); return; }
              flush();
              post();
            };
            const stop = () => {
              window.removeEventListener('pointerdown', flush, true);
              window.removeEventListener('click', flush, true);
              window.removeEventListener('beforeunload', leaving);
              window.removeEventListener('pagehide', hiding);
              document.removeEventListener('visibilitychange', hidden);
            };
            form.addEventListener('input', edited);
            form.addEventListener('change', edited);
            form.addEventListener('focusout', flush);
            window.addEventListener('pointerdown', flush, true);
            window.addEventListener('click', flush, true);
            window.addEventListener('beforeunload', leaving);
            window.addEventListener('pagehide', hiding);
            document.addEventListener('visibilitychange', hidden);
            form.dyadAutosave = { saved: n => { acked = Math.max(acked, n); mark(); }, flush };
            mark();
            """;

    private final ClinicCalendar calendar;
    private final BooleanSupplier save;
    /** Names this form to the page showing it, for {@link DraftsOnLeaving}: random, so no one else can post to it. */
    private final String key = UUID.randomUUID().toString();

    private Instant lastTyped;
    private @Nullable Registration poll;
    private @Nullable Element form;
    private @Nullable VaadinSession session;
    private int flushed;
    private int followed;

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
        form.addAttachListener(attach -> shown(element));
        form.addDetachListener(detach -> {
            // a page that is unloading may still post; within the app, leaving has saved already
            WrappedSession wrapped = wrapped();
            if (!detach.getUI().isClosing() && wrapped != null) {
                DraftsOnLeaving.forget(wrapped, key);
            }
        });
        if (form.isAttached()) {
            shown(element);
        }
    }

    private void shown(Element element) {
        session = VaadinSession.getCurrent();
        WrappedSession wrapped = wrapped();
        if (wrapped != null) {
            DraftsOnLeaving.register(wrapped, key, this);
        }
        element.executeJs(BROWSER_SIDE, QUIET_MILLIS, INTERVAL_MILLIS, LEAVING_PATH.substring(1) + key);
    }

    private @Nullable WrappedSession wrapped() {
        VaadinSession current = session;
        return current == null ? null : current.getSession();
    }

    /** A text field of the watched form: its value goes to the server with each flush rather than on its own. */
    public void follow(TextArea field) {
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.getElement().setAttribute("data-autosave-field", String.valueOf(followed++));
        field.getElement().addPropertyChangeListener("value", FLUSH_EVENT, sent -> {});
    }

    /** The browser sent everything typed up to its {@code edits}-th change: save, and say so if it worked. */
    void flushed(int edits) {
        flushed = Math.max(flushed, edits);
        if (save.getAsBoolean()) {
            acknowledge();
        }
    }

    /**
     * The page was left with text it had not seen acknowledged ({@code texts} by {@code data-autosave-field}): it
     * reaches the fields as if Vaadin had brought it (their listeners see a change from the client, and nothing is
     * sent back), then it is saved as on any flush. Text Vaadin brought already changes nothing.
     */
    void leftWith(int edits, Map<String, String> texts) {
        Runnable take = () -> {
            Element current = form;
            Stream<Component> inForm = current == null
                    ? Stream.empty()
                    : current.getComponent().map(Autosave::withDescendants).orElseGet(Stream::empty);
            inForm.filter(TextArea.class::isInstance).map(TextArea.class::cast).forEach(field -> {
                String text = texts.get(field.getElement().getAttribute("data-autosave-field"));
                if (text != null) {
                    typedIn(field, text);
                }
            });
            flushed(edits);
        };
        UI ui = form == null
                ? null
                : form.getComponent().flatMap(Component::getUI).orElse(null);
        if (ui != null) {
            try {
                ui.accessSynchronously(take::run);
                return;
            } catch (UIDetachedException closedMeanwhile) {
                // the page's own unload request closed it first: the form is still here to save
            }
        }
        VaadinSession current = session;
        if (current != null) {
            current.accessSynchronously(take::run);
        }
    }

    private static Stream<Component> withDescendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(Autosave::withDescendants));
    }

    /** As Vaadin applies a value the browser synchronised: a change from the client, not echoed back to it. */
    private static void typedIn(TextArea field, String text) {
        if (!field.isEnabled() || field.isReadOnly()) {
            return;
        }
        try {
            field.getElement()
                    .getNode()
                    .getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", text)
                    .run();
        } catch (PropertyChangeDeniedException notSynchronised) {
            // a field the browser may not change: nothing typed there counts
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
