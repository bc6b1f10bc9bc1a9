package app.dyad.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Tells a person that what they just did worked, the same way on every screen: a short green note that goes. */
public final class Tell {

    private Tell() {}

    public static Notification done(String text) {
        Notification note = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        note.addClassName("dyad-done");
        return note;
    }
}
