package app.dyad.identity.ui;

import app.dyad.identity.AwaitingSecondStep;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.ListenerPriority;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Between the password and the code, a person may open one page: the code page, or the set-up page when the clinic
 * requires two-step sign-in and they have none. Vaadin's access control knows roles, not factors, and lets its own
 * requests through, so two rules stand here, for every navigation, typed address and server round trip alike:
 * <ul>
 *   <li>a navigation listener that runs before Vaadin's access control and forwards them to their page (keeping
 *       where they were going, to open it after), and sends someone already signed in away from those pages;
 *   <li>a navigation access check that refuses every other page to them, should anything get past the first.
 * </ul>
 * Services need no rule of their own: between the steps the session has no role and no {@code SignedInUser}.
 */
@Component
class SecondStepGate implements VaadinServiceInitListener, NavigationAccessChecker {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(new Forward()));
    }

    /** Runs before Vaadin's own access control (priority 0), which would show "access denied" instead. */
    @ListenerPriority(100)
    static final class Forward implements BeforeEnterListener {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            Class<?> target = event.getNavigationTarget();
            Optional<AwaitingSecondStep> awaiting = awaiting();
            if (awaiting.isPresent()) {
                Class<?> page = pageFor(awaiting.get());
                // an address that is no page forwards too: its "not found" sits in the signed-in frame, which
                // has no one to show yet (a server error instead)
                boolean notFound = event.isErrorEvent() && RouteNotFoundError.class.isAssignableFrom(target);
                if (target != page && (!event.isErrorEvent() || notFound)) {
                    String wanted = wanted(event.getLocation());
                    event.forwardTo(
                            page == SecondStepView.class ? SecondStepView.ROUTE : TwoStepSetUpView.ROUTE,
                            wanted.isEmpty()
                                    ? QueryParameters.empty()
                                    : QueryParameters.simple(Map.of(SecondStepView.CONTINUE, wanted)));
                }
            } else if (target == SecondStepView.class || target == TwoStepSetUpView.class) {
                event.forwardTo(HomeRedirect.class);
            }
        }
    }

    /**
     * Where the person was going: the address without a {@code continue} of its own (Spring's sign-in adds an empty
     * one to the page it opens after the password), empty for the home page.
     */
    static String wanted(Location location) {
        QueryParameters rest = location.getQueryParameters().excluding(SecondStepView.CONTINUE);
        String query = rest.getQueryString();
        return query.isEmpty() ? location.getPath() : location.getPath() + "?" + query;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (context.getPrincipal() == null) {
            return context.neutral(); // nobody signed in (Vaadin also asks once so, at start): not this rule's case
        }
        Optional<AwaitingSecondStep> awaiting = awaiting();
        if (awaiting.isEmpty()) {
            return context.neutral();
        }
        Class<?> target = context.getNavigationTarget();
        return target == pageFor(awaiting.get()) || target == LoginView.class
                ? context.neutral()
                : context.deny("the second step of signing in is not done");
    }

    private static Class<?> pageFor(AwaitingSecondStep awaiting) {
        return awaiting.mustSetUp() ? TwoStepSetUpView.class : SecondStepView.class;
    }

    private static Optional<AwaitingSecondStep> awaiting() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AwaitingSecondStep awaiting
                ? Optional.of(awaiting)
                : Optional.empty();
    }
}
