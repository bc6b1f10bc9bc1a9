package app.dyad.base.ui;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a page that is being left posts the text its {@link Autosave} has not yet seen acknowledged. Vaadin's client
 * sends what a page hands it only after the browser's current task, on a timer, and one request at a time: while a
 * page unloads, that timer may never run (the next page commits first) or wait behind another request, and the last
 * words were lost (UnsavedTextIT, about one run in twelve). The browser's keepalive request outlives the page.
 *
 * <p>Plain Spring MVC with the session cookie and Spring's CSRF token, like any form post, and open to signed-in
 * people only. It changes nothing itself: the text reaches the form's fields as if Vaadin had brought it, and the form
 * saves as on any flush, through its service, with the service's check of who may save and the edit version the
 * page holds.
 */
@RestController
class DraftsOnLeaving {

    /** Each text field's value comes as {@code text<n>}, n its {@code data-autosave-field}. */
    static final String TEXT = "text";

    @PostMapping(Autosave.LEAVING_PATH + "{form}")
    ResponseEntity<Void> leaving(
            @PathVariable String form,
            @RequestParam int edits,
            @RequestParam Map<String, String> params,
            HttpSession session) {
        Autosave autosave = Forms.of(session).find(form);
        if (autosave == null) {
            return ResponseEntity.notFound().build();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(TEXT)) {
                texts.put(name.substring(TEXT.length()), value);
            }
        });
        autosave.leftWith(edits, texts);
        return ResponseEntity.noContent().build();
    }

    /** Lets a page being left post to this form; the key is random, and known only to the page showing it. */
    static void register(WrappedSession session, String key, Autosave autosave) {
        Forms forms = (Forms) session.getAttribute(Forms.ATTRIBUTE);
        if (forms == null) {
            forms = new Forms();
            session.setAttribute(Forms.ATTRIBUTE, forms);
        }
        forms.put(key, autosave);
    }

    /** The form was left within the app, which saved it already: nothing will be posted for it. */
    static void forget(WrappedSession session, String key) {
        if (session.getAttribute(Forms.ATTRIBUTE) instanceof Forms forms) {
            forms.remove(key);
        }
    }

    /**
     * The forms of one person's session that a leaving page may post to. The last few only: a page closed without a
     * post keeps its form here until newer ones push it out. Not kept across a restart (the pages are gone too).
     */
    static final class Forms implements Serializable {

        static final String ATTRIBUTE = DraftsOnLeaving.class.getName();
        static final int KEPT = 4;

        private transient @Nullable Map<String, Autosave> forms;

        static Forms of(HttpSession session) {
            return session.getAttribute(ATTRIBUTE) instanceof Forms forms ? forms : new Forms();
        }

        synchronized void put(String key, Autosave autosave) {
            forms().put(key, autosave);
        }

        synchronized void remove(String key) {
            forms().remove(key);
        }

        synchronized @Nullable Autosave find(String key) {
            return forms().get(key);
        }

        private Map<String, Autosave> forms() {
            Map<String, Autosave> current = forms;
            if (current == null) {
                current = new LinkedHashMap<>(KEPT + 1, 0.75f, false) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Autosave> eldest) {
                        return size() > KEPT;
                    }
                };
                forms = current;
            }
            return current;
        }
    }
}
