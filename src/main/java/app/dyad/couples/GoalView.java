package app.dyad.couples;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A goal as shown: whose it is (no partner means the couple's), who sees it, whether it is achieved. */
public record GoalView(
        long id,
        long version,
        @Nullable Long partnerId,
        String description,
        GoalVisibility visibility,
        @Nullable LocalDate achievedOn) {

    public boolean isCoupleGoal() {
        return partnerId == null;
    }

    public boolean isAchieved() {
        return achievedOn != null;
    }

    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "GoalView[…]";
    }
}
