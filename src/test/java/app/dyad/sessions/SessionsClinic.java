package app.dyad.sessions;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A clinic in which sessions could leak: two counselors, each with a couple whose partners have logins, and an
 * admin. Counselor one has couple one (Ada and Bea); counselor two has couple two.
 */
public final class SessionsClinic {

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final SignedInUser admin;
    public final SignedInUser counselorOne;
    public final SignedInUser counselorTwo;
    public final long coupleOne;
    public final long coupleTwo;
    public final long ada;
    public final long bea;
    /** A partner of couple two: of another caseload. */
    public final long cyd;

    private final TestAccounts accounts;

    public SessionsClinic(TestAccounts accounts, CoupleAdminService admins, CoupleService couples) {
        this.accounts = accounts;
        counselorOne = accounts.ensure("sc1-" + tag + "@test.dyad", "Counselor One " + tag, Role.COUNSELOR);
        counselorTwo = accounts.ensure("sc2-" + tag + "@test.dyad", "Counselor Two " + tag, Role.COUNSELOR);
        accounts.ensure(emailOf("ada"), "Ada " + tag, Role.CLIENT);
        accounts.ensure(emailOf("bea"), "Bea " + tag, Role.CLIENT);
        admin = accounts.signInAs("sadmin-" + tag + "@test.dyad", "Admin " + tag, Role.ADMIN);
        coupleOne = admins.createCouple(new NewCouple(
                        partner("Ada", true),
                        partner("Bea", true),
                        null,
                        LocalDate.of(2026, 1, 5),
                        CoupleStatus.ACTIVE,
                        counselorOne.accountId()))
                .coupleId();
        coupleTwo = admins.createCouple(new NewCouple(
                        partner("Cyd", false),
                        partner("Dov", false),
                        null,
                        LocalDate.of(2026, 1, 5),
                        CoupleStatus.ACTIVE,
                        counselorTwo.accountId()))
                .coupleId();
        asCounselorOne();
        var file = couples.getCouple(coupleOne);
        ada = file.partnerOne().id();
        bea = file.partnerTwo().id();
        asCounselorTwo();
        cyd = couples.getCouple(coupleTwo).partnerOne().id();
        TestAccounts.signOut();
    }

    private PartnerDetails partner(String name, boolean withLogin) {
        return new PartnerDetails(name + tag, "Family" + tag, name, null, withLogin ? emailOf(name) : null, null, null);
    }

    /** Today in the clinic's time zone, by the test clock. */
    public static LocalDate today(ClinicCalendar calendar) {
        return calendar.today();
    }

    /** A session of couple one that took place yesterday at 10:00, scheduled by (and leaving signed in) counselor one. */
    public long sessionHeldYesterday(AppointmentService sessions, ClinicCalendar calendar) {
        asCounselorOne();
        return sessions.recordPastSession(
                coupleOne,
                UUID.randomUUID(),
                new SessionPlan(
                        today(calendar).minusDays(1),
                        LocalTime.of(10, 0),
                        50,
                        SessionFormat.IN_PERSON,
                        "Room 1",
                        null));
    }

    public String emailOf(String name) {
        return name.toLowerCase() + "-" + tag + "@test.dyad";
    }

    public SignedInUser asCounselorOne() {
        return accounts.signInAs(counselorOne.email(), "", Role.COUNSELOR);
    }

    public SignedInUser asCounselorTwo() {
        return accounts.signInAs(counselorTwo.email(), "", Role.COUNSELOR);
    }

    public SignedInUser asAdmin() {
        return accounts.signInAs(admin.email(), "", Role.ADMIN);
    }

    public SignedInUser asClient(String name) {
        return accounts.signInAs(emailOf(name), "", Role.CLIENT);
    }
}
