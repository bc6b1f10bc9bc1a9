package app.dyad.identity;

import app.dyad.base.PublicUrl;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Issues one-time invitation (and password reset) links and finds the one a token belongs to while it is usable. */
@Component
class InvitationIssuer {

    private static final Logger log = LoggerFactory.getLogger(InvitationIssuer.class);

    private final InvitationRepository invitations;
    private final PublicUrl publicUrl;
    private final Clock clock;

    InvitationIssuer(InvitationRepository invitations, PublicUrl publicUrl, Clock clock) {
        this.invitations = invitations;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** A fresh link for the account; any link still open for it stops working. */
    InvitationLink issue(UserAccount account) {
        Instant now = clock.instant();
        revokeOpen(account);
        String token = InvitationTokens.newToken();
        Invitation invitation = invitations.save(new Invitation(account, InvitationTokens.hash(token), now));
        String url = publicUrl.of("invitation/" + token);
        // never the link itself, in any profile: it is a credential, and the log is read by others
        log.info("Invitation issued for account {} (valid until {})", account.id(), invitation.expiresAt());
        return new InvitationLink(account.email(), token, url, invitation.expiresAt());
    }

    /** Every link still open for the account stops working (one sent to a mistyped address, say). */
    void revokeOpen(UserAccount account) {
        Instant now = clock.instant();
        invitations.findOpenFor(account).forEach(open -> open.revoke(now));
    }

    /** The invitation this token opens, if it is unused, unexpired, and its account active. */
    Optional<Invitation> usable(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return invitations
                .findByTokenHash(InvitationTokens.hash(token))
                .filter(i -> i.isUsableAt(now))
                .filter(i -> i.account().status() == AccountStatus.ACTIVE);
    }
}
