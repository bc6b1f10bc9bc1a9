package app.dyad.e2e;

import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The journeys' clinic: counselors Maya and Jon, and Alex & Sam (both with a login and the test password) in
 * Maya's caseload. Every address carries a fresh tag so journeys never meet.
 */
record MayaClinic(String tag, long coupleId) {

    static MayaClinic create(TestAccounts accounts, CoupleAdminService admins) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        accounts.signInAs("admin-" + tag + "@e2e.dyad", "Admin", Role.ADMIN);
        var maya = accounts.ensure("maya-" + tag + "@e2e.dyad", "Maya " + tag, Role.COUNSELOR);
        accounts.ensure("jon-" + tag + "@e2e.dyad", "Jon " + tag, Role.COUNSELOR);
        // partners with a known password: the new case links these existing client accounts
        accounts.ensure("alex-" + tag + "@e2e.dyad", "Alex", Role.CLIENT);
        accounts.ensure("sam-" + tag + "@e2e.dyad", "Sam", Role.CLIENT);
        long couple = admins.createCouple(new NewCouple(
                        new PartnerDetails("Alex", "Moreau" + tag, null, null, "alex-" + tag + "@e2e.dyad", null, null),
                        new PartnerDetails("Sam", "Moreau" + tag, null, null, "sam-" + tag + "@e2e.dyad", null, null),
                        null,
                        LocalDate.of(2026, 9, 1),
                        CoupleStatus.ACTIVE,
                        maya.accountId()))
                .coupleId();
        TestAccounts.signOut();
        return new MayaClinic(tag, couple);
    }
}
