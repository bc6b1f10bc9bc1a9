package app.dyad.couples;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a partner may change about themselves without a password: how they are called and reached. */
public record MyContactEdit(
        long version,

        @Size(max = PartnerDetails.NAME_MAX_LENGTH, message = "validation.too-long") @Nullable
        String preferredName,

        @Size(max = PartnerDetails.PRONOUNS_MAX_LENGTH, message = "validation.too-long") @Nullable
        String pronouns,

        @Size(max = PartnerDetails.PHONE_MAX_LENGTH, message = "validation.too-long") @Nullable
        String phone) {
    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "MyContactEdit[…]";
    }
}
