package app.dyad.couples;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A change to a goal, made on the version the counselor saw. */
public record GoalEdit(
        long goalId,
        long version,

        @NotBlank(message = "validation.required")
        @Size(max = NewGoal.DESCRIPTION_MAX_LENGTH, message = "validation.too-long")
        String description,

        @NotNull(message = "validation.required") @Nullable GoalVisibility visibility,
        @Nullable LocalDate achievedOn) {
    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "GoalEdit[…]";
    }
}
