package app.dyad.identity;

/** Published when a sign-in reaches its absolute lifetime and its session is ended, however busy it was. */
public record SignInExpired(long accountId, String email, Role role) {}
