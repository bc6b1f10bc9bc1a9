package app.dyad.exercises;

/** A line of the library. */
public record ExerciseSummary(
        long id,
        String title,
        String strategyName,
        String purpose,
        int minutes,
        ExerciseMode mode,
        Visibility defaultVisibility,
        ExerciseOrigin origin) {}
