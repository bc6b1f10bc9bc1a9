package app.dyad.identity;

import app.dyad.base.CommandValidator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?", before anyone is signed in. The answer never says whether the address is an account:
 * the same words, and on the caller's thread the same work (check the format, count and record the request for the
 * throttle, hand it over), whatever the address. Whether it is an account is looked up afterwards, on another thread
 * ({@link ResetMailer}), and only the account's own mailbox learns anything.
 */
@Service
@PreAuthorize("permitAll()")
public class ForgottenPasswordService {

    private final CommandValidator validator;
    private final ResetRequestThrottle throttle;
    private final ResetMailer mailer;

    ForgottenPasswordService(CommandValidator validator, ResetRequestThrottle throttle, ResetMailer mailer) {
        this.validator = validator;
        this.throttle = throttle;
        this.mailer = mailer;
    }

    /**
     * Sends a reset link to the address if it is an active account and neither the address nor the client has asked
     * too often this hour; returns the same (nothing) in every case. Only a malformed address is refused, on "email".
     */
    @Transactional(propagation = Propagation.NEVER)
    public void requestReset(String typedEmail) {
        validator.validate(new ResetRequest(typedEmail));
        String email = UserAccount.normaliseEmail(typedEmail);
        if (throttle.admit(
                InvitationTokens.hash(email), ClientAddress.ofCurrentRequest().orElse(null))) {
            mailer.later(email);
        }
    }
}
