package app.dyad.couples;

/** The two partner ids of a couple, in order, with their call names. */
public record CouplePartners(long coupleId, long partnerOneId, String partnerOneName, long partnerTwoId,
        String partnerTwoName) {

    public boolean contains(long partnerId) {
        return partnerId == partnerOneId || partnerId == partnerTwoId;
    }
}
