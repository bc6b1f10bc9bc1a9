package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.dyad.base.ui.AccessDeniedView;
import app.dyad.base.ui.NotAvailableView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every address of the application, from Vaadin's route registry, so that a view added later is scanned without
 * anyone remembering to. A route with a parameter is visited once per value the caller supplies for it; one with a
 * parameter and no values fails the test, naming it, instead of being skipped.
 */
public final class EveryRoute {

    private static final Pattern PARAMETER = Pattern.compile(":[^/]+");

    private EveryRoute() {}

    /** A place to visit: the address typed in, and the view registered for it. */
    public record Address(String location, Class<? extends Component> view) {}

    /** Each registered route, its parameter filled with each of the values given for its view. */
    public static List<Address> addresses(Map<Class<? extends Component>, List<?>> parametersByView) {
        List<Address> addresses = new ArrayList<>();
        List<String> unclassified = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String template = route.getTemplate();
            Class<? extends Component> view = route.getNavigationTarget();
            if (!PARAMETER.matcher(template).find()) {
                addresses.add(new Address(template, view));
            } else if (parametersByView.containsKey(view)) {
                for (Object value : parametersByView.get(view)) {
                    addresses.add(new Address(PARAMETER.matcher(template).replaceAll(String.valueOf(value)), view));
                }
            } else {
                unclassified.add(view.getName() + " (" + template + ")");
            }
        }
        if (!unclassified.isEmpty()) {
            fail("routes with a parameter that the scan has no values for — add them: %s", unclassified);
        }
        return addresses;
    }

    /**
     * A page the role may open opens (or says the item is not available, when the id is someone else's); a page
     * of another role says "no access". Either is scanned all the same.
     */
    public static void assertAccess(Address address, HasElement shown, String role) {
        Class<? extends Component> view = address.view();
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            boolean allowed = List.of(roles.value()).contains(role);
            assertThat(shown.getClass())
                    .as("what %s gets at /%s", role, address.location())
                    .isIn(allowed ? List.of(view, NotAvailableView.class) : List.of(AccessDeniedView.class));
        } else {
            assertThat(view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class))
                    .as("%s states who may open it", view.getName())
                    .isTrue();
        }
    }
}
