package app.dyad.couples;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The confidentiality agreement as recorded at intake, made on the version the counselor saw. */
public record AgreementEdit(
        long coupleVersion,
        @NotNull(message = "validation.required") @Nullable SecretsPolicy policy,

        @NotNull(message = "validation.required") @PastOrPresent(message = "validation.not-future") @Nullable
        LocalDate agreedOn,

        @Size(max = NOTE_MAX_LENGTH, message = "validation.too-long") @Nullable
        String note) {

    public static final int NOTE_MAX_LENGTH = 2000;
    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "AgreementEdit[…]";
    }
}
