package app.dyad.couples;

import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Two counselors with one couple each, every partner with a login: the smallest clinic in which a leak
 * between caseloads or between partners could happen.
 */
final class TwoCaseloads {

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final SignedInUser admin;
    final SignedInUser counselorOne;
    final SignedInUser counselorTwo;
    final CoupleFile coupleOne;
    final CoupleFile coupleTwo;
    final long privateGoalOfOnesSecondPartner;
    final long sharedGoalOfOnesFirstPartner;

    TwoCaseloads(TestAccounts accounts, CoupleAdminService admins, CoupleService couples) {
        admin = accounts.signInAs("admin-" + tag + "@test.dyad", "Admin " + tag, Role.ADMIN);
        counselorOne = accounts.ensure("c1-" + tag + "@test.dyad", "Counselor One " + tag, Role.COUNSELOR);
        counselorTwo = accounts.ensure("c2-" + tag + "@test.dyad", "Counselor Two " + tag, Role.COUNSELOR);
        long one = admins.createCouple(couple("Ada", "Bea", counselorOne.accountId()))
                .coupleId();
        long two = admins.createCouple(couple("Cyd", "Dov", counselorTwo.accountId()))
                .coupleId();

        asCounselorOne(accounts);
        CoupleFile file = couples.getCouple(one);
        file = couples.updatePresentingConcerns(one, file.version(), "Concerns of couple one " + tag);
        file = couples.addGoal(one, new NewGoal(null, "Shared couple goal " + tag, GoalVisibility.SHARED));
        file = couples.addGoal(
                one, new NewGoal(file.partnerOne().id(), "Ada shared goal " + tag, GoalVisibility.SHARED));
        file = couples.addGoal(
                one, new NewGoal(file.partnerTwo().id(), "Bea private goal " + tag, GoalVisibility.PRIVATE));
        coupleOne = file;
        sharedGoalOfOnesFirstPartner = goalId(file, "Ada shared goal");
        privateGoalOfOnesSecondPartner = goalId(file, "Bea private goal");

        accounts.signInAs(counselorTwo.email(), "", Role.COUNSELOR);
        coupleTwo = couples.getCouple(two);
        TestAccounts.signOut();
    }

    private NewCouple couple(String first, String second, long counselorId) {
        return new NewCouple(
                partner(first), partner(second), null, LocalDate.of(2026, 1, 5), CoupleStatus.ACTIVE, counselorId);
    }

    private PartnerDetails partner(String name) {
        return new PartnerDetails(
                name + tag, "Family" + tag, name, null, name.toLowerCase() + "-" + tag + "@test.dyad", null, null);
    }

    String emailOf(String name) {
        return name.toLowerCase() + "-" + tag + "@test.dyad";
    }

    SignedInUser asCounselorOne(TestAccounts accounts) {
        return accounts.signInAs(counselorOne.email(), "", Role.COUNSELOR);
    }

    SignedInUser asCounselorTwo(TestAccounts accounts) {
        return accounts.signInAs(counselorTwo.email(), "", Role.COUNSELOR);
    }

    SignedInUser asAdmin(TestAccounts accounts) {
        return accounts.signInAs(admin.email(), "", Role.ADMIN);
    }

    SignedInUser asClient(TestAccounts accounts, String name) {
        return accounts.signInAs(emailOf(name), "", Role.CLIENT);
    }

    private static long goalId(CoupleFile file, String prefix) {
        return file.goals().stream()
                .filter(g -> g.description().startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
