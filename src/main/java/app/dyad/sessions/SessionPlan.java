package app.dyad.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * When and how a session happens: day and start in the clinic's time zone, length, format, room or video link,
 * and who attends (one partner's id for an individual session, null for both).
 */
public record SessionPlan(
        @NotNull(message = "validation.required") @Nullable LocalDate date,
        @NotNull(message = "validation.required") @Nullable LocalTime start,

        @NotNull(message = "validation.required")
        @Min(value = 15, message = "session.duration-range")
        @Max(value = 240, message = "session.duration-range")
        @Nullable
        Integer durationMinutes,

        @NotNull(message = "validation.required") @Nullable SessionFormat format,

        @Size(max = PLACE_MAX_LENGTH, message = "validation.too-long") @Nullable
        String place,

        @Nullable Long attendeePartnerId) {

    /** The longest room, video link or phone note. */
    public static final int PLACE_MAX_LENGTH = 500;

    @Override
    public String toString() {
        return "SessionPlan[" + date + " " + start + "]";
    }
}
