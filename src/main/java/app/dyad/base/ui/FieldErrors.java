package app.dyad.base.ui;

import app.dyad.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import java.util.Map;

/** Puts a service's field messages next to the fields they belong to. */
public final class FieldErrors {

    private FieldErrors() {}

    /** Shows each message next to its field; messages for unknown fields appear as a notification. */
    public static void show(Component view, InvalidInputException error, Map<String, ? extends HasValidation> fields) {
        error.fieldErrors().forEach((field, message) -> {
            String text = view.getTranslation(message.key(), message.args());
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(text);
                target.setInvalid(true);
            } else {
                Notification.show(text, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    public static void clear(HasValidation... fields) {
        clear(Arrays.asList(fields));
    }

    public static void clear(Iterable<? extends HasValidation> fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
