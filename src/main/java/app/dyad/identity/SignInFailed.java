package app.dyad.identity;

/** Published after a refused sign-in, with the email as typed (it may belong to no account). */
public record SignInFailed(String typedEmail) {}
