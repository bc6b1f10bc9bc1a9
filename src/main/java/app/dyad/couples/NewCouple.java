package app.dyad.couples;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The admin opens a case. Without a case name it becomes "Alex & Sam" from the partners' names. */
public record NewCouple(
        @Valid PartnerDetails partnerOne,
        @Valid PartnerDetails partnerTwo,

        @Size(max = CASE_NAME_MAX_LENGTH, message = "validation.too-long") @Nullable
        String caseName,

        @NotNull(message = "validation.required") @Nullable LocalDate startedOn,
        @NotNull(message = "validation.required") @Nullable CoupleStatus status,
        @NotNull(message = "validation.required") @Nullable Long counselorId) {

    public static final int CASE_NAME_MAX_LENGTH = 120;
    /** How far back a case may start: older than a generation is a typing slip, not a case. */
    public static final int EARLIEST_START_YEARS_AGO = 30;

    String caseNameOrDefault() {
        return caseName == null || caseName.isBlank()
                ? partnerOne.callName() + " & " + partnerTwo.callName()
                : caseName.strip();
    }

    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "NewCouple[…]";
    }
}
