package app.dyad.couples;

/** Which couple the signed-in client belongs to, which partner they are, and who the other partner is. */
public record ClientCase(long coupleId, long partnerId, long otherPartnerId) {}
