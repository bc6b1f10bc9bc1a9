package app.dyad.couples;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see or change a couple. A counselor may work on the couples assigned
 * to them right now; a client on their own couple; an admin on no clinical content at all. Every refusal
 * is audited and answered the same way whether or not the couple exists.
 */
@Component
public class CaseAccess {

    private final CoupleRepository couples;
    private final PartnerRepository partners;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    CaseAccess(CoupleRepository couples, PartnerRepository partners, CurrentUser currentUser, AuditTrail audit) {
        this.couples = couples;
        this.partners = partners;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the caller is the counselor currently assigned to this couple. */
    public boolean isCounselorOf(long coupleId) {
        SignedInUser me = currentUser.require();
        return me.role() == Role.COUNSELOR
                && couples.findCounselorId(coupleId)
                        .filter(id -> id == me.accountId())
                        .isPresent();
    }

    /** Refuses (and audits) unless the caller is the couple's assigned counselor. */
    public void requireCounselorOf(long coupleId, AuditAction action) {
        if (!isCounselorOf(coupleId)) {
            throw denied(action, coupleId);
        }
    }

    /** The couple's partners, for its assigned counselor only (refused and audited otherwise). */
    public CouplePartners partnersForCounselor(long coupleId, AuditAction action) {
        Couple couple = counselorCase(coupleId, action);
        Partner one = couple.partner(1);
        Partner two = couple.partner(2);
        return new CouplePartners(
                couple.id(),
                one.id(),
                one.details().callName(),
                two.id(),
                two.details().callName());
    }

    /** The signed-in client's own case (refused and audited for anyone else). */
    public ClientCase clientCase(AuditAction action) {
        Partner me = ownPartner(action);
        Couple couple = couples.findWithPartners(me.couple().id()).orElseThrow(() -> denied(action, null));
        Partner other = couple.partner(me.position() == 1 ? 2 : 1);
        return new ClientCase(couple.id(), me.id(), other.id(), couple.counselorId());
    }

    /** The couple with its partners, for its assigned counselor only. */
    Couple counselorCase(long coupleId, AuditAction action) {
        requireCounselorOf(coupleId, action);
        return couples.findWithPartners(coupleId).orElseThrow(() -> denied(action, coupleId));
    }

    /** The caller's own partner record, for clients only. */
    Partner ownPartner(AuditAction action) {
        SignedInUser me = currentUser.require();
        Optional<Partner> partner =
                me.role() == Role.CLIENT ? partners.findByAccountId(me.accountId()) : Optional.empty();
        return partner.orElseThrow(() -> denied(action, null));
    }

    /** Records a refusal and returns the exception to throw: for other modules' own ownership checks. */
    public CaseNotAvailableException denied(AuditAction action, @Nullable Long coupleId) {
        audit.recordRefusal(action, coupleId, null, null);
        return new CaseNotAvailableException();
    }
}
