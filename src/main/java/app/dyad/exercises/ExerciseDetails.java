package app.dyad.exercises;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An exercise's page: what it is for, its steps, and the form a client fills in. {@code sourceArticle} names the
 * article(s) a library exercise comes from ("A", "B", "A+B"); it is empty for a counselor's own exercise.
 */
public record ExerciseDetails(
        ExerciseSummary summary,
        StrategyView strategy,
        List<String> steps,
        String frequency,
        String sourceArticle,
        List<PromptView> prompts,
        long version,
        @Nullable Long ownerId,
        boolean sharedWithClinic) {

    /** Whether this counselor may change it: only their own custom exercises; library ones are read-only. */
    public boolean editableBy(long counselorId) {
        return summary.origin() == ExerciseOrigin.CUSTOM && ownerId != null && ownerId == counselorId;
    }
}
