package app.dyad.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ceiling on failed sign-ins from one client address: more than {@code dyad.sign-in.max-failures-per-address}
 * (100, OpenEMR's default) in a rolling hour, and every further attempt from there is refused before any password
 * is hashed. The account lockout stops guessing one account's password; this stops spraying one common password over
 * many accounts (and unknown emails), which the lockout never sees.
 *
 * <p>A success does not clear the count: a sprayer who knows one password would otherwise earn a fresh allowance
 * with it. Refusals above the ceiling are not counted either, so a flood adds no rows and the address is let in again
 * as its counted failures age past the hour. Failures are kept in the database, so the ceiling holds across restarts
 * and across nodes, and only for {@link #WINDOW}: an address is personal data and is of no use to the rule after.
 * Parallel attempts can overshoot the ceiling by at most the number of hashes {@link HashingGate} lets run at once.
 */
@Component
class SignInThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final SignInFailureByAddressRepository failures;
    private final Clock clock;
    private final int maxFailures;

    SignInThrottle(
            SignInFailureByAddressRepository failures,
            Clock clock,
            @Value("${dyad.sign-in.max-failures-per-address:100}") int maxFailures) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    /** Whether the address has used up its failures for now. */
    @Transactional(readOnly = true)
    boolean refuses(ClientAddress address) {
        return failures.countByClientIpAndFailedAtAfter(
                        address.key(), clock.instant().minus(WINDOW))
                >= maxFailures;
    }

    /** Counts a failure for the address; its own transaction, like the account's failure count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(ClientAddress address) {
        Instant now = clock.instant();
        failures.save(new SignInFailureByAddress(address, now));
        failures.deleteOlderThan(now.minus(WINDOW));
    }
}
