package app.dyad.checkins;

import app.dyad.exercises.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A handed-in check-in as a record shows it to its reader: whose, which round, under which rule, each instrument's
 * score, and the answer to each question — only for the counselor and for the partner's own check-ins; of the other
 * partner's a partner reads the scores, as on their progress page.
 */
public record CheckInRecord(
        long partnerId,
        LocalDate roundOn,
        Instant submittedAt,
        Visibility visibility,
        List<Score> scores,
        List<Answer> answers) {

    /** One instrument's score. */
    public record Score(String instrumentCode, String instrumentTitle, double score) {}

    /** One question, the value chosen and its words. */
    public record Answer(String question, int value, String words) {}

    @Override
    public String toString() {
        return "CheckInRecord[" + roundOn + "]";
    }
}
