package app.dyad.couples;

import app.dyad.identity.InvitationSent;
import java.util.List;

/** A new case and, for each partner who got a new account, where their invitation mail went (masked). */
public record CoupleCreated(long coupleId, String caseName, List<InvitationSent> invitations) {}
