package app.dyad.base;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A service refused a command because of what the user typed. Each entry maps a field name to a
 * translation key (with optional arguments) so the view can show the message next to the field.
 */
public class InvalidInputException extends RuntimeException {

    /** The key of "too long", whose one argument is the limit. */
    public static final String TOO_LONG = "validation.too-long";

    private final Map<String, FieldMessage> fieldErrors;

    public InvalidInputException(Map<String, FieldMessage> fieldErrors) {
        super("Invalid input in " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(Map.of(field, new FieldMessage(messageKey, args)));
    }

    /** Empty where something is required, too long otherwise; the message says the limit. */
    public static InvalidInputException requiredOrTooLong(String field, @Nullable String text, int maxLength) {
        return text == null || text.isBlank() ? of(field, "validation.required") : tooLong(field, maxLength);
    }

    /** The text is longer than the field allows: "Use at most 500 characters." */
    public static InvalidInputException tooLong(String field, int maxLength) {
        return of(field, TOO_LONG, maxLength);
    }

    public Map<String, FieldMessage> fieldErrors() {
        return fieldErrors;
    }

    /** A translation key and its arguments. */
    public record FieldMessage(String key, Object... args) {}
}
