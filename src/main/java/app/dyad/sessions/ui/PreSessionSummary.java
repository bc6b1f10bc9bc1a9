package app.dyad.sessions.ui;

import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One partner's homework since the last session, as the "Before this session" summary tells it: completed,
 * overdue, and the titles of their answers — shared ones, and the ones only the counselor may read.
 */
record PreSessionSummary(
        long partnerId, int completed, int overdue, List<String> sharedAnswers, List<String> privateAnswers) {

    static PreSessionSummary of(long partnerId, List<HomeworkItem> homework, LocalDate today) {
        int completed = 0;
        int overdue = 0;
        List<String> shared = new ArrayList<>();
        List<String> privateToCounselor = new ArrayList<>();
        for (HomeworkItem item : homework) {
            if (item.isFor(partnerId) && item.isDoneBy(partnerId)) {
                completed++;
                (item.visibility() == Visibility.COUNSELOR_ONLY ? privateToCounselor : shared)
                        .add(item.exerciseTitle());
            } else if (item.isOverdueFor(partnerId, today)) {
                overdue++;
            }
        }
        return new PreSessionSummary(partnerId, completed, overdue, shared, privateToCounselor);
    }
}
