package app.dyad.identity;

/**
 * What the invitation page may show before the password is set: whose link it is, and whether it replaces a password
 * (a reset) or sets the first one (an invitation).
 */
public record InvitationDetails(String displayName, String email, boolean reset) {}
