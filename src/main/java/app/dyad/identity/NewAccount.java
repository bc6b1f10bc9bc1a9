package app.dyad.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The admin's request to open an account. Messages are translation keys. */
public record NewAccount(
        @NotBlank(message = "validation.required") @Size(max = DISPLAY_NAME_MAX_LENGTH, message = "validation.too-long")
        String displayName,

        @NotBlank(message = "validation.required")
        @Email(message = "validation.email")
        @Size(max = EMAIL_MAX_LENGTH, message = "validation.too-long")
        String email,

        @NotNull(message = "validation.required") @Nullable Role role) {

    public static final int DISPLAY_NAME_MAX_LENGTH = 120;
    /** The longest address RFC 5321 allows. */
    public static final int EMAIL_MAX_LENGTH = 254;
}
