package app.dyad.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** "/" sends each role to its home. Routes are named by string so base depends on no feature module. */
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
    public static String homeOf(AuthenticationContext context) {
        if (context.hasRole("ADMIN")) {
            return "admin/users";
        }
        if (context.hasRole("COUNSELOR")) {
            return "caseload";
        }
        if (context.hasRole("CLIENT")) {
            return "my";
        }
        return "account";
    }
}
