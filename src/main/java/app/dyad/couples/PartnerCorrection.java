package app.dyad.couples;

/** The admin's correction of one partner's names and contact details, on the version the admin saw. */
public record PartnerCorrection(long partnerId, long version, PartnerDetails details) {

    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "PartnerCorrection[partnerId=" + partnerId + ", version=" + version + "]";
    }
}
