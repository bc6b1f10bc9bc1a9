package app.dyad.sessions;

import app.dyad.base.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a session repeats: every week or every two weeks, either a number of times or until a date (inclusive). At most
 * {@link #MAX_OCCURRENCES} sessions come from one series, the first included: a year of weekly sessions.
 */
public record Recurrence(
        Every every, @Nullable Integer times, @Nullable LocalDate until) {

    /** The most sessions one series creates. */
    public static final int MAX_OCCURRENCES = 52;

    /** The gap between two sessions of a series. */
    public enum Every {
        WEEK(1),
        TWO_WEEKS(2);

        private final int weeks;

        Every(int weeks) {
            this.weeks = weeks;
        }

        public int weeks() {
            return weeks;
        }
    }

    public static Recurrence times(Every every, int times) {
        return new Recurrence(every, times, null);
    }

    public static Recurrence until(Every every, LocalDate until) {
        return new Recurrence(every, null, until);
    }

    /** The days of the series that starts on {@code first}; refused next to its field when it is out of range. */
    public List<LocalDate> days(LocalDate first) {
        int count;
        if (until != null) {
            if (until.isBefore(first)) {
                throw InvalidInputException.of("until", "session.repeat-until-before", MAX_OCCURRENCES);
            }
            long weeks = ChronoUnit.WEEKS.between(first, until);
            long fit = weeks / every.weeks() + 1;
            if (fit > MAX_OCCURRENCES) {
                throw InvalidInputException.of("until", "session.repeat-until-too-far", MAX_OCCURRENCES);
            }
            count = (int) fit;
        } else if (times == null) {
            throw InvalidInputException.of("times", "validation.required");
        } else if (times < 2 || times > MAX_OCCURRENCES) {
            throw InvalidInputException.of("times", "session.repeat-times-range", MAX_OCCURRENCES);
        } else {
            count = times;
        }
        List<LocalDate> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            days.add(first.plusWeeks((long) i * every.weeks()));
        }
        return days;
    }
}
