package app.dyad.couples;

import app.dyad.identity.InvitationLink;
import java.util.List;

/** A new case and the invitation links of partners who got a new account. */
public record CoupleCreated(long coupleId, String caseName, List<InvitationLink> invitations) {}
