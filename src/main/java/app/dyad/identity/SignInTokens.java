package app.dyad.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The two shapes a session's authentication takes. Signed in: the person, their role and the factors they showed
 * (Spring Security's {@link FactorGrantedAuthority}: the password, and the authenticator when used). Between the
 * steps: the password factor only, no role, and a principal that is no {@link SignedInUser}.
 */
final class SignInTokens {

    /** The factor an authenticator code (or a recovery code in its place) adds; Spring has no TOTP factor of its own. */
    static final String AUTHENTICATOR_FACTOR = "FACTOR_TOTP";

    private SignInTokens() {}

    static Authentication signedIn(UserAccount account, boolean withSecondStep) {
        SignedInUser principal = new SignedInUser(account.id(), account.email(), account.displayName(), account.role());
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        if (withSecondStep) {
            authorities.add(FactorGrantedAuthority.fromAuthority(AUTHENTICATOR_FACTOR));
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    static Authentication awaitingSecondStep(UserAccount account, boolean mustSetUp) {
        AwaitingSecondStep principal =
                new AwaitingSecondStep(account.id(), account.email(), account.displayName(), account.role(), mustSetUp);
        return UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                List.<GrantedAuthority>of(
                        FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
    }

    /** Whether the authentication is a role holder's (not someone between the steps). */
    static boolean hasRole(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority != null && authority.startsWith("ROLE_"));
    }

    static SimpleGrantedAuthority roleOf(Role role) {
        return new SimpleGrantedAuthority(role.authority());
    }
}
