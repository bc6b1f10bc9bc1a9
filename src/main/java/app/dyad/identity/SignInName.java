package app.dyad.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name a refused sign-in is kept under, in the lockout table and the audit trail. People type their password
 * into the email field, so the typed text is kept only when it is an account's email; any other text becomes
 * {@value #UNKNOWN_PREFIX} and the first {@value #HEX_DIGITS} hex digits of the SHA-256 of its normalised form:
 * the same text typed again gets the same name (so lockout counting and the admin's "same thing tried twenty times"
 * still work), and nobody reads it off a screen. It is not a secret: anyone holding the trail can hash a guess and
 * compare, and a short password is guessed quickly, so it is kept short and the trail stays admin-only.
 */
final class SignInName {

    static final String UNKNOWN_PREFIX = "unknown:";

    /** 48 bits: no accidental collisions among the texts a clinic sees, still short enough to read. */
    static final int HEX_DIGITS = 12;

    private SignInName() {}

    /** The name for a typed email that belongs to no account. */
    static String unknown(String typedEmail) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(UserAccount.normaliseEmail(typedEmail).getBytes(StandardCharsets.UTF_8));
            return UNKNOWN_PREFIX + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
