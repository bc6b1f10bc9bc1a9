package app.dyad.identity;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening an invitation or password reset link, before anyone is signed in: the token itself is the credential,
 * so anyone may call this, and a wrong, used or expired token says nothing about whose it was.
 */
@Service
@PreAuthorize("permitAll()")
public class InvitationService {

    private final SignInFailureRepository failures;
    private final InvitationIssuer invitations;
    private final AccountCredentials credentials;
    private final PasswordChecks passwords;
    private final ActiveSessions activeSessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(
            SignInFailureRepository failures,
            InvitationIssuer invitations,
            AccountCredentials credentials,
            PasswordChecks passwords,
            ActiveSessions activeSessions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.failures = failures;
        this.invitations = invitations;
        this.credentials = credentials;
        this.passwords = passwords;
        this.activeSessions = activeSessions;
        this.events = events;
        this.clock = clock;
    }

    /** Whose invitation this is, if the link can still be used. */
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> findInvitation(String token) {
        return invitations
                .usable(token)
                .map(i -> new InvitationDetails(
                        i.account().displayName(),
                        i.account().email(),
                        i.account().passwordHash() != null));
    }

    /**
     * Sets the password through a one-time link; the link is spent, any lockout lifted, every session ended and
     * any pending change of sign-in email revoked (a
     * reset requested by mail ends none before this). It sets the password and nothing else: it must never remove,
     * reset or bypass a second sign-in factor (the MFA issue, 13), or a stolen mailbox would be a whole account.
     */
    @Transactional
    public void acceptInvitation(String token, String newPassword, String repeatedPassword) {
        Invitation invitation = invitations.usable(token).orElseThrow(InvitationNotValidException::new);
        UserAccount account = invitation.account();
        String hash = passwords.hashOfNew(account, newPassword, repeatedPassword);
        invitation.use(clock.instant());
        account.setPasswordHash(hash);
        credentials.changed(account);
        account.unlock();
        failures.deleteByEmail(account.email());
        activeSessions.endAllFor(account.id());
        events.publishEvent(new AccountChanged(account.id(), account.email(), "password set through invitation"));
    }
}
