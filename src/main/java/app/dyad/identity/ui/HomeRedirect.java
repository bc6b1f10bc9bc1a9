package app.dyad.identity.ui;

import app.dyad.identity.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * "/" sends each role to its home; the shared pages of {@code base} ("not available", "access denied") link here, so
 * they need not know any role or feature. Homes are named by route string, so identity depends on no feature module.
 */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeRedirect extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authenticationContext;

    public HomeRedirect(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(authenticationContext));
    }

    /** The landing page of the signed-in role. */
    static String homeOf(AuthenticationContext context) {
        if (context.hasRole(Role.ADMIN.name())) {
            return "admin/users";
        }
        if (context.hasRole(Role.COUNSELOR.name())) {
            return "caseload";
        }
        if (context.hasRole(Role.CLIENT.name())) {
            return "my";
        }
        return "account";
    }
}
