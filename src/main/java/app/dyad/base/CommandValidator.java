package app.dyad.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation on a service command and turns violations into an {@link InvalidInputException}.
 * Constraint messages in commands are translation keys, so views show them in the user's language.
 */
@Component
public class CommandValidator {

    private final Validator validator;

    CommandValidator(Validator validator) {
        this.validator = validator;
    }

    public void validate(Object command) {
        Map<String, InvalidInputException.FieldMessage> errors = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(command)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), message(violation));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The constraint's key; a length limit travels with it, so the message can say it ("Use at most 80 …"). */
    private static InvalidInputException.FieldMessage message(ConstraintViolation<Object> violation) {
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        return InvalidInputException.TOO_LONG.equals(violation.getMessage()) && max != null
                ? new InvalidInputException.FieldMessage(violation.getMessage(), max)
                : new InvalidInputException.FieldMessage(violation.getMessage());
    }
}
