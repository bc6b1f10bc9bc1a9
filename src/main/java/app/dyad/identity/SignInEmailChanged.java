package app.dyad.identity;

/**
 * Published, inside its transaction, when a person's sign-in address changed through its confirmation link, so
 * modules that keep a copy of it (a partner's contact email) follow.
 */
public record SignInEmailChanged(long accountId, String previousEmail, String newEmail) {}
