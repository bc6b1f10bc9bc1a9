package app.dyad.exercises;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** A prompt as a form shows it; for a checklist the items, for a scale optionally its two end labels. */
public record PromptView(long id, int position, PromptKind kind, String label, List<String> options) {

    /** A scale runs from 1 to 10. */
    public static final int SCALE_MIN = 1;

    public static final int SCALE_MAX = 10;

    /** The yes/no answers, as stored. */
    public static final List<String> YES_NO = List.of("yes", "no");

    /**
     * Whether an answer, written as the form writes it, fits this prompt: a scale as "1".."10", yes/no as "yes" or
     * "no", a checklist as some of its items one per line, a plan as an ISO date and time, any text up to
     * {@link ResponseView#ANSWER_MAX_LENGTH} characters. The server checks what the form promises.
     */
    public boolean accepts(String answer) {
        if (answer.length() > ResponseView.ANSWER_MAX_LENGTH) {
            return false;
        }
        return switch (kind) {
            case TEXT -> true;
            case SCALE ->
                answer.matches("\\d{1,2}")
                        && Integer.parseInt(answer) >= SCALE_MIN
                        && Integer.parseInt(answer) <= SCALE_MAX;
            case YES_NO -> YES_NO.contains(answer);
            case CHECKLIST -> Arrays.stream(answer.split("\n")).allMatch(options::contains);
            case PLAN -> isDateTime(answer);
        };
    }

    private static boolean isDateTime(String answer) {
        try {
            LocalDateTime.parse(answer);
            return true;
        } catch (DateTimeParseException notADateTime) {
            return false;
        }
    }
}
