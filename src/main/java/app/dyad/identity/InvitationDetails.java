package app.dyad.identity;

/** What the invitation page may show before the password is set: whose link it is. */
public record InvitationDetails(String displayName, String email) {}
