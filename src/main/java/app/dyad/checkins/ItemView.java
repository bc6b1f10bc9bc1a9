package app.dyad.checkins;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question: its words, a short label for charts and tables, its range, and either the words at each end of a
 * slider or one answer per value for radio buttons. Items outside the score (the balance item, whose middle is the
 * aim) are shown and compared but not added up.
 */
public record ItemView(
        long id,
        String text,
        String shortLabel,
        int min,
        int max,
        @Nullable String lowLabel,
        @Nullable String highLabel,
        List<String> answers,
        boolean inScore) {

    /** Whether it is answered by choosing one of its worded answers rather than on a slider. */
    public boolean isChoice() {
        return !answers.isEmpty();
    }

    /** The words of an answer ("Mostly") or the number itself on a slider. */
    public String describe(int value) {
        return isChoice() && value >= min && value - min < answers.size()
                ? answers.get(value - min)
                : Integer.toString(value);
    }
}
