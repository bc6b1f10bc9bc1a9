package app.dyad.identity;

import java.time.Clock;
import java.util.List;
import org.apache.commons.codec.binary.Base32;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sets up two-step sign-in for a test person the way they would: a fresh secret, then the code an app computes from
 * it now. Whoever the test was signed in as is signed in again afterwards.
 */
public final class TwoStepEnrolment {

    private TwoStepEnrolment() {}

    /** The person's ten recovery codes; their second factor is confirmed. */
    public static List<String> setUpFor(SignedInUser person, TwoStepService twoStep, Clock clock) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext asPerson = SecurityContextHolder.createEmptyContext();
        asPerson.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(asPerson);
        try {
            TwoStepSetUp setUp = twoStep.startSetUp();
            byte[] secret = new Base32().decode(setUp.secret());
            return twoStep.confirmSetUp(AuthenticatorCodes.codeAt(secret, clock.instant()));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
