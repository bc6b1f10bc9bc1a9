package app.dyad.couples;

/** Which couple the signed-in client belongs to, which partner they are, who the other partner is and who counsels them. */
public record ClientCase(long coupleId, long partnerId, long otherPartnerId, long counselorId) {}
