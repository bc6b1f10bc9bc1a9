package app.dyad.couples;

import app.dyad.identity.SignInEmailChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A partner's contact email is their sign-in: when the sign-in changes (its confirmation link was used), the partner
 * record follows, in the same transaction.
 */
@Component
class PartnerEmailFollowsSignIn {

    private final PartnerRepository partners;

    PartnerEmailFollowsSignIn(PartnerRepository partners) {
        this.partners = partners;
    }

    @EventListener
    void on(SignInEmailChanged event) {
        partners.findByAccountId(event.accountId()).ifPresent(partner -> partner.changeEmail(event.newEmail()));
    }
}
