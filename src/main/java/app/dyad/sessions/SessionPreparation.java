package app.dyad.sessions;

import app.dyad.couples.CouplePartners;
import app.dyad.exercises.HomeworkItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the counselor needs before and during a session: the couple's homework due since the last session (each
 * partner's state; the answers the counselor may read), and what the last session's note planned.
 */
public record SessionPreparation(
        SessionSummary session,
        CouplePartners partners,
        @Nullable Instant previousSessionStart,
        LocalDate homeworkFrom,
        LocalDate homeworkTo,
        List<HomeworkItem> homework,
        @Nullable String lastPlan,
        boolean lastPlanSigned) {

    @Override
    public String toString() {
        return "SessionPreparation[session=" + session.id() + "]";
    }
}
