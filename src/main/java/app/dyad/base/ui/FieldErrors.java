package app.dyad.base.ui;

import app.dyad.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Puts a service's field messages next to the fields they belong to. */
public final class FieldErrors {

    private FieldErrors() {}

    /** Shows each message next to its field; messages for unknown fields appear as a notification. */
    public static void show(Component view, InvalidInputException error, Map<String, ? extends HasValidation> fields) {
        error.fieldErrors().forEach((field, message) -> {
            String text = view.getTranslation(message.key(), message.args());
            HasValidation target = fields.get(field);
            if (target != null) {
                mark(target, text);
            } else {
                Notification.show(text, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    /**
     * Shows a message next to a field until the person changes its value: a message that stayed after the value
     * was corrected told them the right choice was still wrong.
     */
    public static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof HasValue<?, ?> value) {
            AtomicReference<Registration> once = new AtomicReference<>();
            once.set(value.addValueChangeListener(change -> {
                field.setInvalid(false);
                field.setErrorMessage(null);
                once.get().remove();
            }));
        }
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
