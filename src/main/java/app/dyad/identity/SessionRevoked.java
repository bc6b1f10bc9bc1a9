package app.dyad.identity;

/**
 * Published when a node ends a signed-in session because the person's sessions were ended elsewhere (on any node:
 * deactivated, password reset, ...); the change itself is audited where it was made.
 */
public record SessionRevoked(long accountId, String email, Role role) {}
