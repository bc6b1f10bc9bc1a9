package app.dyad.exercises;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The counselor's assignment: exercise, audience (and the partner, for one), first due date, recurrence
 * (once, daily for N days, weekly for N weeks), a note, and the visibility of the answers.
 */
public record NewAssignment(
        long exerciseId,
        @NotNull(message = "validation.required") @Nullable Audience audience,
        @Nullable Long partnerId,
        @NotNull(message = "validation.required") @Nullable LocalDate firstDue,
        @NotNull(message = "validation.required") @Nullable Recurrence recurrence,

        @Min(value = 1, message = "homework.occurrences-range") @Max(value = 60, message = "homework.occurrences-range")
        int occurrences,

        @Size(max = NOTE_MAX_LENGTH, message = "validation.too-long") @Nullable
        String note,

        @NotNull(message = "validation.required") @Nullable Visibility visibility) {

    /** The longest note a counselor may add to an assignment. */
    public static final int NOTE_MAX_LENGTH = 2000;

    /** How often the exercise comes back; each occurrence is its own assignment with its own due date. */
    public enum Recurrence {
        ONCE,
        DAILY,
        WEEKLY
    }

    /** The due date of each occurrence, the first one first (call once validated). */
    List<LocalDate> dueDates() {
        LocalDate first = Objects.requireNonNull(firstDue);
        return switch (Objects.requireNonNull(recurrence)) {
            case ONCE -> List.of(first);
            case DAILY ->
                Stream.iterate(first, day -> day.plusDays(1)).limit(occurrences).toList();
            case WEEKLY ->
                Stream.iterate(first, day -> day.plusWeeks(1))
                        .limit(occurrences)
                        .toList();
        };
    }

    @Override
    public String toString() {
        return "NewAssignment[exercise=" + exerciseId + "]";
    }
}
