package app.dyad.checkins;

import app.dyad.exercises.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The check-in open for the signed-in partner: its round, the questions, what they have saved so far, the version
 * their next save must name, and who will see their scores.
 */
public record MyCheckIn(
        LocalDate roundOn,
        List<InstrumentView> instruments,
        Map<Long, Integer> values,
        long version,
        Visibility visibility) {

    /** How many questions in all. */
    public int questionCount() {
        return instruments.stream().mapToInt(i -> i.items().size()).sum();
    }
}
