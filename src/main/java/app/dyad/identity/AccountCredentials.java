package app.dyad.identity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for what a change of credentials stops: a new password (chosen, or set through a link), an admin's
 * reset and a deactivation all revoke every pending change of sign-in address. Such a change may have been asked with
 * a phished password; the notice to the old address says "change your password", and that must stop it.
 */
@Component
class AccountCredentials {

    private final EmailChangeMails emailChanges;

    AccountCredentials(EmailChangeMails emailChanges) {
        this.emailChanges = emailChanges;
    }

    /** The account's credentials changed (or it was shut out): every email change link still open stops working. */
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(UserAccount account) {
        emailChanges.revokeOpen(account);
    }
}
