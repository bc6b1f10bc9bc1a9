package app.dyad.safety;

import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleFile;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A couple (Alex and Sam) with both partners signed up, its counselor, another counselor and an admin: the smallest
 * clinic in which a private message could reach the other partner, another caseload or the admin.
 */
public final class SafetyClinic {

    final String tag = UUID.randomUUID().toString();
    final TestAccounts accounts;
    final SignedInUser admin;
    final SignedInUser counselor;
    final SignedInUser otherCounselor;
    final long coupleId;
    final long alexId;
    final long samId;

    public SafetyClinic(TestAccounts accounts, CoupleAdminService admins, CoupleService couples) {
        this.accounts = accounts;
        admin = accounts.signInAs("sa-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        counselor = accounts.ensure("sc-" + tag + "@test.dyad", "Maya Counselor", Role.COUNSELOR);
        otherCounselor = accounts.ensure("so-" + tag + "@test.dyad", "Jon Counselor", Role.COUNSELOR);
        coupleId = admins.createCouple(new NewCouple(
                        partner("Alex"),
                        partner("Sam"),
                        null,
                        LocalDate.of(2026, 1, 5),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()))
                .coupleId();
        asCounselor();
        CoupleFile file = couples.getCouple(coupleId);
        alexId = file.partnerOne().id();
        samId = file.partnerTwo().id();
        TestAccounts.signOut();
    }

    private PartnerDetails partner(String name) {
        return new PartnerDetails(name, "Tester", name, null, email(name), null, null);
    }

    public String email(String name) {
        return name.toLowerCase(Locale.ROOT) + "-" + tag + "@test.dyad";
    }

    public void asCounselor() {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
    }

    public void asOtherCounselor() {
        accounts.signInAs(otherCounselor.email(), "", Role.COUNSELOR);
    }

    public void asAdmin() {
        accounts.signInAs(admin.email(), "", Role.ADMIN);
    }

    public SignedInUser asAlex() {
        return accounts.signInAs(email("Alex"), "", Role.CLIENT);
    }

    public SignedInUser asSam() {
        return accounts.signInAs(email("Sam"), "", Role.CLIENT);
    }

    public long coupleId() {
        return coupleId;
    }
}
