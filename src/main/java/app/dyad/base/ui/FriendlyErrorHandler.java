package app.dyad.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place unexpected errors end: the log gets the stack trace and a reference, the person gets a
 * plain sentence with that reference. No stack trace ever reaches a browser.
 */
@Component
class FriendlyErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler()));
    }

    static ErrorHandler handler() {
        return (ErrorEvent event) -> {
            Throwable error = event.getThrowable();
            String key;
            if (causedBy(error, AccessDeniedException.class)) {
                key = "error.denied";
                log.warn("Refused: {}", error.getMessage());
            } else if (causedBy(error, OptimisticLockingFailureException.class)) {
                key = "error.conflict";
                log.info("Edit conflict: {}", error.getMessage());
            } else {
                String reference = newReference();
                log.error("Unexpected error, reference {}", reference, error);
                show(UI.getCurrent() == null ? null : UI.getCurrent().getTranslation("error.unexpected", reference));
                return;
            }
            show(UI.getCurrent() == null ? null : UI.getCurrent().getTranslation(key));
        };
    }

    /** A short random reference that ties what a person is told to the log entry with the stack trace. */
    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void show(String text) {
        UI ui = UI.getCurrent();
        if (ui != null && text != null) {
            ui.access(() -> Notification.show(text, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
