package app.dyad.couples;

/** A partner as counselors and admins see them: details, and whether they have a login. */
public record PartnerView(long id, long version, int position, PartnerDetails details, boolean hasAccount) {

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
