package app.dyad.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * What the browser does once both steps are done, or when the second step ended the sign-in (locked): the session
 * gets a new id (as at the password: a session id seen before the person proved who they are is worth nothing
 * after), and a whole page load opens the page they had asked for, now with their role.
 */
final class SignInCompletion {

    /** A page of Dyad, as a path without a leading slash: never another site ("//evil", "https:") or a script. */
    private static final Pattern OWN_PAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.~-]*(\\?[A-Za-z0-9_.~=&%-]*)?");

    private SignInCompletion() {}

    static void signedIn(UI ui, String continueTo) {
        renewSessionId();
        // relative to the page's base (Dyad's root, whatever proxy prefix): "./" alone is the home page, where an
        // empty address would open nothing at all
        ui.getPage().setLocation("./" + ownPageOrHome(continueTo));
    }

    /** A new id for the session, the moment it holds a role; harmless when it already changed since. */
    static void renewSessionId() {
        if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpServletRequest http = request.getHttpServletRequest();
            if (http.getSession(false) != null) {
                http.changeSessionId();
            }
        }
    }

    /** The sign-in ended (the account is locked now): back to the sign-in page with its one message. */
    static void ended(UI ui) {
        VaadinSession session = ui.getSession();
        ui.getPage().setLocation("login?error");
        session.getSession().invalidate();
    }

    static String ownPageOrHome(String path) {
        return path != null && OWN_PAGE.matcher(path).matches() && !path.contains("..") ? path : "";
    }
}
