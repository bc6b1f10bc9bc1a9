package app.dyad.identity;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs people in. Unknown email, wrong password, locked or deactivated account all take the same path:
 * one Argon2 comparison, one failure record, the same exception and so the same message and timing.
 */
@Component
class DyadAuthenticationProvider implements AuthenticationProvider {

    private final SignInAttempts attempts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String timingDecoyHash;
    private final ApplicationEventPublisher events;

    DyadAuthenticationProvider(
            SignInAttempts attempts, PasswordEncoder passwordEncoder, Clock clock, ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.timingDecoyHash = passwordEncoder.encode("a decoy so unknown emails cost a real hash check");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getName());
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();

        Optional<UserAccount> account = attempts.findAccount(email);
        // what was typed is kept only if it is an account's email: people type their password here
        String signInName = account.map(UserAccount::email).orElseGet(() -> SignInName.unknown(email));
        String hash = account.map(UserAccount::passwordHash).orElse(null);
        boolean passwordMatches =
                passwordEncoder.matches(password, hash != null ? hash : timingDecoyHash) && hash != null;

        if (account.isEmpty() || !passwordMatches || !account.get().maySignInAt(clock.instant())) {
            refuse(signInName);
        }
        UserAccount user = account.get();
        try {
            attempts.succeeded(user.id());
        } catch (RuntimeException bookkeeping) {
            // e.g. a concurrent update: the person is who they say, but they must try again, told nothing more
            refuse(signInName);
        }
        events.publishEvent(new SignInSucceeded(user.id(), user.email(), user.role()));
        SignedInUser principal = new SignedInUser(user.id(), user.email(), user.displayName(), user.role());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** Every refusal ends here, so all look alike to the outside: same exception, same message. */
    private void refuse(String signInName) {
        try {
            attempts.failed(signInName);
        } catch (RuntimeException bookkeeping) {
            // never let a bookkeeping error turn a refusal into a different answer
        }
        events.publishEvent(new SignInFailed(signInName));
        throw new BadCredentialsException("sign-in refused");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
