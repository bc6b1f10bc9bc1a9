package app.dyad.couples;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.CommandValidator;
import app.dyad.base.EditConflictException;
import app.dyad.identity.MyAccountService;
import app.dyad.identity.PasswordConfirmed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partner's own space: their counselor, their partner's name, their own details and the goals they may see —
 * never the other partner's private goals. The partner comes from {@link CaseAccess}.
 */
@Service
@PreAuthorize("hasRole('CLIENT')")
public class MyCouple {

    private final CoupleRepository couples;
    private final PartnerRepository partners;
    private final PartnerSpaces spaces;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final MyAccountService myAccount;
    private final CommandValidator validator;
    private final TransactionTemplate transactions;

    MyCouple(
            CoupleRepository couples,
            PartnerRepository partners,
            PartnerSpaces spaces,
            CaseAccess access,
            AuditTrail audit,
            MyAccountService myAccount,
            CommandValidator validator,
            TransactionTemplate transactions) {
        this.couples = couples;
        this.partners = partners;
        this.spaces = spaces;
        this.access = access;
        this.audit = audit;
        this.myAccount = myAccount;
        this.validator = validator;
        this.transactions = transactions;
    }

    /** The caller's own space as a partner: counselor, partner's name, own details, the goals they may see. */
    @Transactional(readOnly = true)
    public MySpace getMySpace() {
        Partner me = access.ownPartner(AuditAction.CLIENT_SPACE_VIEWED);
        Couple couple = couples.findWithPartners(me.couple().id()).orElseThrow();
        MySpace space = spaces.of(couple, couple.partner(me.position()));
        audit.recordRead(AuditAction.CLIENT_SPACE_VIEWED, couple.id(), me.id());
        return space;
    }

    /** A partner changes how they are called and reached; changing the email goes through {@link #changeMyEmail}. */
    @Transactional
    public MySpace updateMyContact(MyContactEdit edit) {
        Partner me = access.ownPartner(AuditAction.CONTACT_UPDATED);
        validator.validate(edit);
        EditConflictException.check(edit.version(), me.getVersion(), "partner " + me.id());
        PartnerDetails current = me.details();
        me.update(new PartnerDetails(
                        current.firstName(),
                        current.lastName(),
                        edit.preferredName(),
                        edit.pronouns(),
                        current.email(),
                        edit.phone(),
                        current.dateOfBirth())
                .normalised());
        partners.flush();
        audit.recordChange(AuditAction.CONTACT_UPDATED, me.couple().id(), me.id(), "contact");
        return getMySpace();
    }

    /**
     * A partner asks to change their email, which is also their sign-in: their password is required, and checked
     * before the transaction (see {@link MyAccountService}). Nothing changes until the link mailed to the new address
     * is used; then {@link PartnerEmailFollowsSignIn} updates the partner's contact email too.
     */
    @Transactional(propagation = Propagation.NEVER)
    public void changeMyEmail(String newEmail, String password) {
        PasswordConfirmed confirmed = myAccount.confirmOwnPassword(password, "password");
        transactions.executeWithoutResult(status -> {
            Partner me = access.ownPartner(AuditAction.CONTACT_UPDATED);
            myAccount.requestEmailChange(newEmail, confirmed);
            audit.recordChange(AuditAction.CONTACT_UPDATED, me.couple().id(), me.id(), "email change requested");
        });
    }
}
