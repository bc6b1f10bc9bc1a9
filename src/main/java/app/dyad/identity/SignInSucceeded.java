package app.dyad.identity;

/** Published after a successful sign-in. */
public record SignInSucceeded(long accountId, String email, Role role) {}
