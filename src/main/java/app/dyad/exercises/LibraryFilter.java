package app.dyad.exercises;

import org.jspecify.annotations.Nullable;

/** The library's filters: strategy, text, who does it, and at most how many minutes. Any may be empty. */
public record LibraryFilter(
        @Nullable Long strategyId,
        String search,
        @Nullable ExerciseMode mode,
        @Nullable Integer maxMinutes) {

    public static LibraryFilter everything() {
        return new LibraryFilter(null, "", null, null);
    }
}
