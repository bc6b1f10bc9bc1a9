package app.dyad.base.logging;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns every run of line breaks into one space. A message or an exception message can carry text a person typed
 * (a name, an answer); a line break in it would let them write what looks like an entry of its own into the log.
 */
final class SingleLine {

    /** CR, LF and the other characters that log viewers and terminals may show as a new line. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]+");

    private SingleLine() {}

    static @Nullable String of(@Nullable String text) {
        return text == null ? null : LINE_BREAKS.matcher(text).replaceAll(" ");
    }
}
