package app.dyad.checkins;

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
import java.util.UUID;

/**
 * A couple with both partners signed up, its counselor, another counselor and an admin: the smallest clinic in which
 * a check-in could leak between partners, caseloads or to the admin.
 */
public final class CheckInClinic {

    final String tag = UUID.randomUUID().toString();
    final TestAccounts accounts;
    final SignedInUser admin;
    final SignedInUser counselor;
    final SignedInUser otherCounselor;
    final long coupleId;
    final long partnerOneId;
    final long partnerTwoId;

    CheckInClinic(TestAccounts accounts, CoupleAdminService admins, CoupleService couples) {
        this.accounts = accounts;
        admin = accounts.signInAs("ca-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        counselor = accounts.ensure("cc-" + tag + "@test.dyad", "Counselor", Role.COUNSELOR);
        otherCounselor = accounts.ensure("co-" + tag + "@test.dyad", "Other counselor", Role.COUNSELOR);
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
        partnerOneId = file.partnerOne().id();
        partnerTwoId = file.partnerTwo().id();
        TestAccounts.signOut();
    }

    private PartnerDetails partner(String name) {
        return new PartnerDetails(name, "Tester", name, null, email(name), null, null);
    }

    private String email(String name) {
        return name.toLowerCase() + "-" + tag + "@test.dyad";
    }

    void asCounselor() {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
    }

    void asOtherCounselor() {
        accounts.signInAs(otherCounselor.email(), "", Role.COUNSELOR);
    }

    void asAdmin() {
        accounts.signInAs(admin.email(), "", Role.ADMIN);
    }

    void asAlex() {
        accounts.signInAs(email("Alex"), "", Role.CLIENT);
    }

    void asSam() {
        accounts.signInAs(email("Sam"), "", Role.CLIENT);
    }
}
