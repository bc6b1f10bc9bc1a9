package app.dyad.couples;

import app.dyad.identity.NewAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A partner's personal and contact details. Only names are required; messages are translation keys. */
public record PartnerDetails(
        @NotBlank(message = "validation.required") @Size(max = NAME_MAX_LENGTH, message = "validation.too-long")
        String firstName,

        @NotBlank(message = "validation.required") @Size(max = NAME_MAX_LENGTH, message = "validation.too-long")
        String lastName,

        @Size(max = NAME_MAX_LENGTH, message = "validation.too-long") @Nullable
        String preferredName,

        @Size(max = PRONOUNS_MAX_LENGTH, message = "validation.too-long") @Nullable
        String pronouns,

        @Email(message = "validation.email") @Size(max = EMAIL_MAX_LENGTH, message = "validation.too-long") @Nullable
        String email,

        @Size(max = PHONE_MAX_LENGTH, message = "validation.too-long") @Nullable
        String phone,

        @Past(message = "validation.past") @Nullable LocalDate dateOfBirth) {

    /** The longest first, last or preferred name. */
    public static final int NAME_MAX_LENGTH = 80;

    public static final int PRONOUNS_MAX_LENGTH = 40;
    public static final int PHONE_MAX_LENGTH = 40;
    /** The longest address RFC 5321 allows. */
    public static final int EMAIL_MAX_LENGTH = 254;

    /** The name a partner goes by: the preferred name if given, else the first name. */
    public String callName() {
        return preferredName == null || preferredName.isBlank() ? firstName.strip() : preferredName.strip();
    }

    /**
     * The name of this partner's login, as the admin's accounts list shows it: call name and last name, cut to what an
     * account name may hold (two long names together can exceed it).
     */
    String accountName() {
        String name = callName() + " " + lastName.strip();
        return name.length() <= NewAccount.DISPLAY_NAME_MAX_LENGTH
                ? name
                : name.substring(0, NewAccount.DISPLAY_NAME_MAX_LENGTH).strip();
    }

    PartnerDetails normalised() {
        return new PartnerDetails(
                firstName.strip(),
                lastName.strip(),
                blankToNull(preferredName),
                blankToNull(pronouns),
                blankToNull(email) == null ? null : email.strip().toLowerCase(Locale.ROOT),
                blankToNull(phone),
                dateOfBirth);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "PartnerDetails[…]";
    }
}
