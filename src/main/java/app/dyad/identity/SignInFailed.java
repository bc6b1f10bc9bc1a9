package app.dyad.identity;

/**
 * Published after a refused sign-in. The name is the account's email when the typed email belongs to one, else a
 * short hash of what was typed ({@code unknown:…}): people type passwords into the email field.
 */
public record SignInFailed(String signInName) {}
