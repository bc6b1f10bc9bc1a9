package app.dyad.exercises;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A counselor's edit of their own exercise, on the version they loaded. Messages are translation keys. */
public record ExerciseDraft(
        long version,
        long strategyId,

        @NotBlank(message = "validation.required") @Size(max = TITLE_MAX_LENGTH, message = "validation.too-long")
        String title,

        @NotBlank(message = "validation.required") @Size(max = PURPOSE_MAX_LENGTH, message = "validation.too-long")
        String purpose,

        @NotEmpty(message = "exercise.steps-required") List<@NotBlank(message = "validation.required") String> steps,

        @Min(value = 1, message = "exercise.minutes-range") @Max(value = 240, message = "exercise.minutes-range")
        int minutes,

        @NotNull(message = "validation.required") @Nullable ExerciseMode mode,

        @NotBlank(message = "validation.required") @Size(max = FREQUENCY_MAX_LENGTH, message = "validation.too-long")
        String frequency,

        @NotNull(message = "validation.required") @Nullable Visibility defaultVisibility,
        boolean sharedWithClinic,
        @NotEmpty(message = "exercise.prompts-required") List<@Valid Prompt> prompts) {

    public static final int TITLE_MAX_LENGTH = 160;
    public static final int PURPOSE_MAX_LENGTH = 1000;
    public static final int FREQUENCY_MAX_LENGTH = 120;

    /** One question of the form; a checklist's items one per line. */
    public record Prompt(
            @NotNull(message = "validation.required") @Nullable
            PromptKind kind,

            @NotBlank(message = "validation.required")
            @Size(max = Prompt.LABEL_MAX_LENGTH, message = "validation.too-long")
            String label,

            List<String> options) {

        public static final int LABEL_MAX_LENGTH = 300;
    }
}
