package app.dyad.identity;

/** Published after an admin or the person themselves changed an account; {@code change} says what, never a secret. */
public record AccountChanged(long accountId, String email, String change) {}
