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
 * one Argon2 comparison, one failure record for the name and one for the address, the same exception and so the same
 * message and timing (SignInTimingTest measures it).
 *
 * <p>Two refusals come before any hash, with the same exception and message: an address over its failure ceiling
 * ({@link SignInThrottle}), and a server already hashing as much as {@link HashingGate} allows. Neither counts as a
 * failure, as no password was checked: counting them would let a flood lock people out. Both are audited, with the
 * reason, for the admin; only their timing differs, and it tells the sender nothing about any account.
 *
 * <p>A right password grants the password factor ({@link SignInTokens}). For someone with two-step sign-in, or staff
 * when the clinic requires it, that is all it grants: no role until the code ({@link TwoStepService}).
 */
@Component
class DyadAuthenticationProvider implements AuthenticationProvider {

    static final String TOO_MANY_FAILURES_FROM_ADDRESS = "too many failed sign-ins from this address";
    static final String HASHING_BUSY = "too many sign-ins at once";

    private final SignInAttempts attempts;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String timingDecoyHash;
    private final ApplicationEventPublisher events;
    private final SecondFactors secondFactors;
    private final TwoStepPolicy policy;

    DyadAuthenticationProvider(
            SignInAttempts attempts,
            SignInThrottle throttle,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events,
            SecondFactors secondFactors,
            TwoStepPolicy policy) {
        this.attempts = attempts;
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.throttle = throttle;
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

        Optional<ClientAddress> address = ClientAddress.of(authentication);
        Optional<UserAccount> account = attempts.findAccount(email);
        // what was typed is kept only if it is an account's email: people type their password here
        String signInName = account.map(UserAccount::email).orElseGet(() -> SignInName.unknown(email));
        if (address.isPresent() && throttle.refuses(address.get())) {
            refuseUncounted(signInName, TOO_MANY_FAILURES_FROM_ADDRESS);
        }
        String hash = account.map(UserAccount::passwordHash).orElse(null);
        boolean passwordMatches = false;
        try {
            passwordMatches = passwordEncoder.matches(password, hash != null ? hash : timingDecoyHash) && hash != null;
        } catch (HashingGate.HashingBusyException busy) {
            refuseUncounted(signInName, HASHING_BUSY);
        }

        if (account.isEmpty() || !passwordMatches || !account.get().maySignInAt(clock.instant())) {
            refuse(signInName, address);
        }
        UserAccount user = account.get();
        boolean hasSecondStep = secondFactors.isSetUp(user.id());
        if (hasSecondStep || policy.requiredFor(user.role())) {
            // the password was right; the failures so far stay counted until the code is right too, or a stolen
            // password could try codes forever, its failures wiped by each correct password
            return SignInTokens.awaitingSecondStep(user, !hasSecondStep);
        }
        try {
            attempts.succeeded(user.id());
        } catch (RuntimeException bookkeeping) {
            // e.g. a concurrent update: the person is who they say, but they must try again, told nothing more
            refuse(signInName, address);
        }
        events.publishEvent(new SignInSucceeded(user.id(), user.email(), user.role()));
        return SignInTokens.signedIn(user, false);
    }

    /** Every refusal ends here, so all look alike to the outside: same exception, same message. */
    private void refuse(String signInName, Optional<ClientAddress> address) {
        try {
            attempts.failed(signInName);
        } catch (RuntimeException bookkeeping) {
            // never let a bookkeeping error turn a refusal into a different answer
        }
        try {
            address.ifPresent(throttle::failed);
        } catch (RuntimeException bookkeeping) {
            // as above
        }
        events.publishEvent(new SignInFailed(signInName));
        throw new BadCredentialsException("sign-in refused");
    }

    /** A refusal before any password was checked: audited with its reason, counted against nobody. */
    private void refuseUncounted(String signInName, String reason) {
        events.publishEvent(new SignInFailed(signInName, reason));
        throw new BadCredentialsException("sign-in refused");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
