package app.dyad.identity;

import org.jspecify.annotations.Nullable;

/**
 * Published after a refused sign-in. The name is the account's email when the typed email belongs to one, else a
 * short hash of what was typed ({@code unknown:…}): people type passwords into the email field. The reason is set
 * only when the attempt was refused before its password was checked (too many failures from its address, too many
 * sign-ins at once); the person signing in is never told it, but the admin reading the trail should be.
 */
public record SignInFailed(String signInName, @Nullable String reason) {

    /** A sign-in refused after its password was checked: wrong, or the account may not sign in. */
    public SignInFailed(String signInName) {
        this(signInName, null);
    }
}
