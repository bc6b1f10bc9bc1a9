package app.dyad.couples.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Runs a save and tells the person how it went, keeping what they typed when it did not work. */
final class SaveAndTell {

    private SaveAndTell() {}

    static boolean save(Component view, Map<String, ? extends HasValidation> fields, Runnable action) {
        FieldErrors.clear(fields.values());
        try {
            action.run();
            Notification.show(view.getTranslation("action.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidInputException invalid) {
            FieldErrors.show(view, invalid, fields);
        } catch (EditConflictException conflict) {
            Notification.show(view.getTranslation("error.conflict"), 10000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return false;
    }
}
