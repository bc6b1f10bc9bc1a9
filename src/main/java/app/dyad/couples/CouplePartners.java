package app.dyad.couples;

/** The two partner ids of a couple, in order, with their call names. */
public record CouplePartners(
        long coupleId, long partnerOneId, String partnerOneName, long partnerTwoId, String partnerTwoName) {

    public boolean contains(long partnerId) {
        return partnerId == partnerOneId || partnerId == partnerTwoId;
    }

    /** The call name of one of the two partners; a partner of another couple has none here. */
    public String nameOf(long partnerId) {
        if (partnerId == partnerOneId) {
            return partnerOneName;
        }
        if (partnerId == partnerTwoId) {
            return partnerTwoName;
        }
        throw new IllegalArgumentException("partner " + partnerId + " is not in couple " + coupleId);
    }

    /** Both call names, as the couple is addressed: "Alex & Sam". */
    public String bothNames() {
        return partnerOneName + " & " + partnerTwoName;
    }
}
