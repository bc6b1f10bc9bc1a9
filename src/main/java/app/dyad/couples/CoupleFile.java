package app.dyad.couples;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the assigned counselor sees of a couple on its page. */
public record CoupleFile(
        long id,
        long version,
        String caseName,
        CoupleStatus status,
        LocalDate since,
        PartnerView partnerOne,
        PartnerView partnerTwo,
        @Nullable String presentingConcerns,
        List<GoalView> goals,
        @Nullable SecretsPolicy secretsPolicy,
        @Nullable LocalDate secretsAgreedOn,
        @Nullable String secretsNote) {

    /** The longest presenting concerns a counselor may write. */
    public static final int CONCERNS_MAX_LENGTH = 10_000;

    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "CoupleFile[…]";
    }
}
