package app.dyad.couples;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new goal: the couple's (no partner) or one partner's, shared with both or private to them. */
public record NewGoal(
        @Nullable Long partnerId,

        @NotBlank(message = "validation.required") @Size(max = DESCRIPTION_MAX_LENGTH, message = "validation.too-long")
        String description,

        @NotNull(message = "validation.required") @Nullable GoalVisibility visibility) {

    public static final int DESCRIPTION_MAX_LENGTH = 500;
    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "NewGoal[…]";
    }
}
