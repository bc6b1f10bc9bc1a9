package app.dyad.sessions.ui;

import app.dyad.exercises.Audience;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.ResponseState;
import app.dyad.exercises.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One partner's homework since the last session, as the pre-session digest tells it: completed, overdue, and the
 * titles of their answers — shared ones, and the ones only the counselor may read.
 */
record Digest(long partnerId, int completed, int overdue, List<String> sharedAnswers, List<String> privateAnswers) {

    static Digest of(long partnerId, List<HomeworkItem> homework, LocalDate today) {
        int completed = 0;
        int overdue = 0;
        List<String> shared = new ArrayList<>();
        List<String> privateToCounselor = new ArrayList<>();
        for (HomeworkItem item : homework) {
            if (!isFor(item, partnerId)) {
                continue;
            }
            boolean done = item.progress().stream().anyMatch(p -> p.state() == ResponseState.SUBMITTED
                    && (p.partnerId() == null || Objects.equals(p.partnerId(), partnerId)));
            if (done) {
                completed++;
                (item.visibility() == Visibility.COUNSELOR_ONLY ? privateToCounselor : shared).add(item.exerciseTitle());
            } else if (item.dueOn().isBefore(today)) {
                overdue++;
            }
        }
        return new Digest(partnerId, completed, overdue, shared, privateToCounselor);
    }

    /** Whether the partner owes an answer to this assignment (their own, both separately, or the joint one). */
    static boolean isFor(HomeworkItem item, long partnerId) {
        return item.audience() != Audience.ONE_PARTNER || Objects.equals(item.partnerId(), partnerId);
    }

    /** The partner's state on an assignment: submitted, draft, or not started (null). */
    static @org.jspecify.annotations.Nullable ResponseState stateOf(HomeworkItem item, long partnerId) {
        return item.progress().stream()
                .filter(p -> p.partnerId() == null || Objects.equals(p.partnerId(), partnerId))
                .map(HomeworkItem.PartnerProgress::state).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
