package app.dyad.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: 6 digits, 30-second steps, HMAC-SHA1 (the
 * only algorithm every app reads from a QR code). A code is accepted in its own step and one step either side, for
 * a phone's clock that is a little off and for the seconds it takes to type; which step matched is returned, so the
 * caller can refuse that step the second time.
 */
final class AuthenticatorCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final int SECRET_BYTES = 20;
    /** Steps either side of now that are still accepted. */
    static final int TOLERANCE = 1;

    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    private static final TimeBasedOneTimePasswordGenerator GENERATOR =
            new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, ALGORITHM);
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthenticatorCodes() {}

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
    }

    /** The code an app shows at {@code instant}; digits are always ASCII, whatever the server's locale. */
    static String codeAt(byte[] secret, Instant instant) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(secret), instant, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an authenticator secret is not a usable key", e);
        }
    }

    /** The step within the tolerance whose code is {@code typed} (spaces ignored), if any. */
    static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long nowStep = stepOf(now);
        for (long step = nowStep - TOLERANCE; step <= nowStep + TOLERANCE; step++) {
            String expected = codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds()));
            if (MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static Key key(byte[] secret) {
        return new SecretKeySpec(secret, ALGORITHM);
    }
}
