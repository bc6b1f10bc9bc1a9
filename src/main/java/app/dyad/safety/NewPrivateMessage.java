package app.dyad.safety;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What a partner sends privately: a short text and/or the three wishes, and whether their own pages keep it.
 * {@code commandId} makes a double click or a resent request one message, not two.
 */
public record NewPrivateMessage(
        UUID commandId,
        @Size(max = SafetyMessage.BODY_MAX_LENGTH) String text,
        boolean unsafeAtHome,
        boolean wantsOwnSession,
        boolean noEmail,
        boolean keepHistory) {

    /** One constant for the text area and the service's check. */
    public static final int MAX_LENGTH = SafetyMessage.BODY_MAX_LENGTH;

    /** A message must say something: a text, or at least one of the wishes. */
    public boolean saysSomething() {
        return !text.isBlank() || unsafeAtHome || wantsOwnSession || noEmail;
    }
}
