package app.dyad.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.binary.Base32;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A test person's authenticator app: it knows the secret they were shown and reads the app's clock, as a phone
 * would read the time, so the codes it shows are the ones Dyad accepts now.
 */
public final class AuthenticatorApp {

    private final byte[] secret;
    private final Clock clock;
    private final List<String> recoveryCodes;

    private AuthenticatorApp(byte[] secret, Clock clock, List<String> recoveryCodes) {
        this.secret = secret.clone();
        this.clock = clock;
        this.recoveryCodes = List.copyOf(recoveryCodes);
    }

    /** The app after typing in the key shown on the set-up page (groups of four, spaces allowed). */
    public static AuthenticatorApp typedIn(String keyAsShown, Clock clock) {
        return new AuthenticatorApp(new Base32().decode(keyAsShown.replace(" ", "")), clock, List.of());
    }

    /**
     * Sets up two-step sign-in for the person the way they would (fresh secret, the code of now), which uses up the
     * code of now. Whoever the test was signed in as is signed in again afterwards.
     */
    public static AuthenticatorApp setUpFor(SignedInUser person, TwoStepService twoStep, Clock clock) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext asPerson = SecurityContextHolder.createEmptyContext();
        asPerson.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(asPerson);
        try {
            byte[] secret = new Base32().decode(twoStep.startSetUp().secret());
            List<String> codes = twoStep.confirmSetUp(AuthenticatorCodes.codeAt(secret, clock.instant()));
            return new AuthenticatorApp(secret, clock, codes);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The 6 digits the app shows now. */
    public String codeNow() {
        return AuthenticatorCodes.codeAt(secret, clock.instant());
    }

    /** Six digits the app does not show now, nor a step either side (which Dyad would also accept). */
    public String wrongCode() {
        Set<String> accepted = Set.of(
                AuthenticatorCodes.codeAt(secret, clock.instant().minus(AuthenticatorCodes.STEP)),
                codeNow(),
                AuthenticatorCodes.codeAt(secret, clock.instant().plus(AuthenticatorCodes.STEP)));
        for (int n = 0; ; n++) {
            String candidate = String.format(Locale.ROOT, "%06d", n);
            if (!accepted.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The ten recovery codes shown when setting up through {@link #setUpFor}. */
    public List<String> recoveryCodes() {
        return recoveryCodes;
    }
}
