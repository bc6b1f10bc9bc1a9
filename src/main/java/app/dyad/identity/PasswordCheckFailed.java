package app.dyad.identity;

/** Published when a signed-in person confirmed a change with a wrong current password. */
public record PasswordCheckFailed(long accountId, String email) {}
