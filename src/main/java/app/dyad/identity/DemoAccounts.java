package app.dyad.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's way to give its accounts the published demo password without any link reaching a screen or a caller:
 * the link is issued and spent here, inside the identity module. Exists only with demo data on (the embedded
 * database, never production, where {@link DemoPasswordCheck} also refuses the demo password).
 */
@Component
@ConditionalOnProperty(name = "dyad.demo.enabled", havingValue = "true")
public class DemoAccounts {

    private final UserAccountRepository accounts;
    private final InvitationIssuer issuer;
    private final InvitationService invitations;
    private final TransactionTemplate transactions;

    DemoAccounts(
            UserAccountRepository accounts,
            InvitationIssuer issuer,
            InvitationService invitations,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.issuer = issuer;
        this.invitations = invitations;
        this.transactions = transactions;
    }

    /** Sets {@link DemoPassword#VALUE} on the demo account with this email, as its invitation link would. */
    public void setDemoPassword(String email) {
        String token = transactions.execute(status -> issuer.issue(
                        accounts.findByEmail(UserAccount.normaliseEmail(email)).orElseThrow())
                .token());
        invitations.acceptInvitation(token, DemoPassword.VALUE, DemoPassword.VALUE);
    }
}
