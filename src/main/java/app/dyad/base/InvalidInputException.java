package app.dyad.base;

import java.util.Map;

/**
 * A service refused a command because of what the user typed. Each entry maps a field name to a
 * translation key (with optional arguments) so the view can show the message next to the field.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, FieldMessage> fieldErrors;

    public InvalidInputException(Map<String, FieldMessage> fieldErrors) {
        super("Invalid input in " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(Map.of(field, new FieldMessage(messageKey, args)));
    }

    public Map<String, FieldMessage> fieldErrors() {
        return fieldErrors;
    }

    /** A translation key and its arguments. */
    public record FieldMessage(String key, Object... args) {}
}
