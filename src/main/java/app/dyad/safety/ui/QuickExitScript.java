package app.dyad.safety.ui;

import app.dyad.base.ui.QuickExit;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.jsoup.nodes.DataNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the quick exit into every page Dyad serves, before Vaadin starts: {@code dyadLeaveQuickly()} (the button's
 * click and Escape pressed three times within two seconds on a page that has the button), and the guard that sends a
 * Back or Forward into Dyad, after a quick exit in this tab, straight on to the neutral site again. The guard acts only
 * on history navigation, so typing Dyad's address opens it as usual.
 */
@SpringComponent
class QuickExitScript implements VaadinServiceInitListener {

    private static final String SCRIPT = """
            (function () {
              var KEY = 'dyad-left', NEUTRAL = %s, LEAVE = %s;
              function bounce() {
                try { if (sessionStorage.getItem(KEY)) { location.replace(NEUTRAL); } } catch (e) {}
              }
              var nav = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
              if (nav && nav.type === 'back_forward') { bounce(); }
              else { try { sessionStorage.removeItem(KEY); } catch (e) {} }
              window.addEventListener('pageshow', function (e) { if (e.persisted) { bounce(); } });
              var others = null;
              try { others = new BroadcastChannel('dyad-leave-quickly'); } catch (e) {}
              function away(target) {
                window.dyadLeavingQuickly = true;
                try { sessionStorage.setItem(KEY, '1'); } catch (e) {}
                document.documentElement.style.visibility = 'hidden';
                document.title = '';
                location.replace(target);
              }
              // every other Dyad tab of this browser leaves too, so none is left showing a page
              if (others) { others.onmessage = function () { away(NEUTRAL); }; }
              window.dyadLeaveQuickly = function () {
                if (others) { try { others.postMessage('leave'); } catch (e) {} }
                away(new URL(LEAVE, document.baseURI).href);
              };
              var presses = [];
              document.addEventListener('keydown', function (e) {
                if (e.key !== 'Escape' || !document.getElementById('leave-quickly')) { return; }
                var now = Date.now();
                presses = presses.filter(function (t) { return now - t < 2000; });
                presses.push(now);
                if (presses.length >= 3) { window.dyadLeaveQuickly(); }
              }, true);
            })();""";

    private final String script;

    QuickExitScript(QuickExitSettings settings, JsonMapper json) {
        this.script = SCRIPT.formatted(
                jsString(json, settings.neutralSite().toString()), jsString(json, "." + QuickExit.PATH));
    }

    /** A JSON string is a JavaScript string; with no {@code <} it cannot close the script element either. */
    private static String jsString(JsonMapper json, String value) {
        return json.writeValueAsString(value).replace("<", "\\u003c");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().head().appendElement("script").appendChild(new DataNode(script)));
    }
}
