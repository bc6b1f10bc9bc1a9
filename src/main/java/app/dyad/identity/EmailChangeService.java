package app.dyad.identity;

import app.dyad.base.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirming a change of sign-in address through the link mailed to the new address. The token is the credential,
 * so anyone may call this (the link may be opened on another device, signed out). Opening the link changes nothing:
 * mail scanners open links; only {@link #confirmEmailChange} does, on the person's click.
 */
@Service
@PreAuthorize("permitAll()")
public class EmailChangeService {

    private final EmailChangeRepository changes;
    private final UserAccountRepository accounts;
    private final InvitationIssuer invitations;
    private final ActiveSessions activeSessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailChangeService(
            EmailChangeRepository changes,
            UserAccountRepository accounts,
            InvitationIssuer invitations,
            ActiveSessions activeSessions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.changes = changes;
        this.accounts = accounts;
        this.invitations = invitations;
        this.activeSessions = activeSessions;
        this.events = events;
        this.clock = clock;
    }

    /** The address this link would make the sign-in, if the link can still be used. */
    @Transactional(readOnly = true)
    public Optional<EmailChangeDetails> findEmailChange(String token) {
        return usable(token).map(change -> new EmailChangeDetails(change.newEmail()));
    }

    /**
     * Makes the new address the sign-in: checked again for another account having taken it meanwhile (refused on
     * "email", also when the unique index finds the race the check missed), audited, links still open for the old address revoked, and every other session of the person ended
     * (this one goes on, with the new address, if it is theirs). Returns the new address.
     */
    @Transactional
    public String confirmEmailChange(String token) {
        EmailChange change = usable(token).orElseThrow(InvitationNotValidException::new);
        UserAccount account = change.account();
        String newEmail = change.newEmail();
        if (accounts.existsByEmail(newEmail)) {
            throw InvalidInputException.of("email", "email-change.taken");
        }
        String previous = account.email();
        change.use(clock.instant());
        account.changeEmail(newEmail);
        // a reset link mailed to the old address must not outlive it
        invitations.revokeOpen(account);
        writeNow();
        boolean mine = signedInAs(account.id());
        int ended = activeSessions.endAllExcept(account.id(), mine ? ActiveSessions.currentSessionId() : null);
        if (mine) {
            keepSignedIn(account);
        }
        events.publishEvent(new SignInEmailChanged(account.id(), previous, newEmail));
        events.publishEvent(new AccountChanged(
                account.id(),
                newEmail,
                "email changed from " + previous + " through its confirmation link; " + ended
                        + " other session(s) ended"));
        return newEmail;
    }

    /**
     * Writes the change before anything that cannot be undone (ending sessions, the principal): another account may
     * have taken the address since the check above, and only the unique index sees it. Then the answer is the same
     * clear "taken", and nothing else has happened.
     */
    private void writeNow() {
        try {
            accounts.flush();
        } catch (DataIntegrityViolationException taken) {
            throw InvalidInputException.of("email", "email-change.taken");
        }
    }

    private Optional<EmailChange> usable(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return changes.findByTokenHash(InvitationTokens.hash(token))
                .filter(change -> change.isUsableAt(now))
                .filter(change -> change.account().status() == AccountStatus.ACTIVE);
    }

    private static boolean signedInAs(long accountId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user
                && user.accountId() == accountId;
    }

    /** The session's principal carries the email: keep it (and so the audit trail) current. */
    private static void keepSignedIn(UserAccount account) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new SignedInUser(account.id(), account.email(), account.displayName(), account.role()),
                        null,
                        authentication.getAuthorities()));
    }
}
