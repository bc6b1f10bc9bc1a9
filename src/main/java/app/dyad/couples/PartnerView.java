package app.dyad.couples;

import app.dyad.identity.SignInState;
import org.jspecify.annotations.Nullable;

/**
 * A partner as counselors and admins see them: details, and where their login stands ({@code null}: no account,
 * e.g. no email was given). An account alone is not a login: an invited partner may never have chosen a password.
 */
public record PartnerView(
        long id,
        long version,
        int position,
        PartnerDetails details,
        @Nullable SignInState signIn) {

    public String callName() {
        return details.callName();
    }

    public String fullName() {
        return details.callName() + " " + details.lastName();
    }

    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "PartnerView[…]";
    }
}
