package app.dyad.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address typed under "forgot your password?". Messages are translation keys. */
record ResetRequest(
        @NotBlank(message = "validation.required")
        @Email(message = "validation.email")
        @Size(max = NewAccount.EMAIL_MAX_LENGTH, message = "validation.too-long")
        String email) {}
