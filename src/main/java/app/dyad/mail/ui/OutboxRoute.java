package app.dyad.mail.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Registers the Outbox page, and so its menu entry, only where the in-app SMTP server runs (the demo, tests): in
 * production the address does not exist, so no admin can ever be shown a mail's sign-in link there.
 */
@Component
@ConditionalOnBooleanProperty("dyad.mail.embedded-server.enabled")
class OutboxRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (!routes.isRouteRegistered(OutboxView.class)) {
            routes.setAnnotatedRoute(OutboxView.class);
        }
    }
}
