package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15.3: Maya's notes need Sage's co-signature. Sage finds Maya's signed note under "To co-sign" and returns it
 * with a comment; Maya reads the comment on her note and answers in an addendum; the note is back in Sage's list and
 * Sage co-signs it with her password. Jon, who supervises nobody, gets nothing at its address.
 */
class CoSignJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    AppointmentService sessions;

    @Autowired
    NoteService notes;

    @Autowired
    ClinicCalendar calendar;

    private static void signWithPassword(Page page) {
        page.locator("#sign-password input").fill(TestAccounts.PASSWORD);
        page.locator("#sign-confirm").click();
    }

    @Test
    void aSupervisorReturnsANoteTheCounselorAnswersAndTheSupervisorCoSigns() {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        String tag = clinic.tag();
        String maya = "maya-" + tag + "@e2e.dyad";
        SignedInUser sage = accounts.ensure("sage-" + tag + "@e2e.dyad", "Sage " + tag, Role.COUNSELOR);
        accounts.signInAs("admin-" + tag + "@e2e.dyad", "Admin", Role.ADMIN);
        accountAdmin.setSupervision(sage.accountId(), true, null);
        long mayaId = accountAdmin.findAccountByEmail(maya).orElseThrow().id();
        accountAdmin.setSupervision(mayaId, false, sage.accountId());
        accounts.signInAs(maya, "", Role.COUNSELOR);
        long session = sessions.recordPastSession(
                clinic.coupleId(),
                UUID.randomUUID(),
                new SessionPlan(
                        calendar.today().minusDays(1), LocalTime.of(10, 0), 50, SessionFormat.IN_PERSON, null, null));
        notes.sign(
                session,
                new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "Talked through the weekend argument."), -1),
                TestAccounts.PASSWORD);
        TestAccounts.signOut();

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, sage.email(), TestAccounts.PASSWORD, "caseload");
            page.navigate(url("co-sign"));
            assertThat(page.locator("#co-sign-list")).containsText("Maya " + tag);
            BrowserSupport.screenshot(page, "60-sage-to-co-sign");
            page.locator("#co-sign-list").getByText("Maya " + tag).click();
            waitForPath(page, "co-sign/\\d+");
            assertThat(page.locator("#co-sign-state")).containsText("Awaiting co-signature by Sage " + tag);
            page.locator("#co-sign-return").click();
            page.locator("#co-sign-return-comment textarea").fill("Please add how risk was assessed.");
            page.locator("#co-sign-return-confirm").click();
            assertThat(page.locator("#co-sign-state")).containsText("Returned by Sage " + tag);
            assertThat(page.locator("#co-sign")).hasCount(0);
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, maya, TestAccounts.PASSWORD, "caseload");
            page.navigate(url("sessions/" + session + "/note"));
            assertThat(page.locator("#co-sign-state")).containsText("Please add how risk was assessed.");
            BrowserSupport.screenshot(page, "61-maya-reads-the-return");
            page.locator("#addendum-text textarea").fill("Risk: no concerns raised by either partner.");
            page.locator("#addendum-sign").click();
            signWithPassword(page);
            assertThat(page.locator(".dyad-addendum")).containsText("no concerns raised");
            assertThat(page.locator("#co-sign-state")).containsText("Awaiting co-signature by Sage " + tag);
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, sage.email(), TestAccounts.PASSWORD, "caseload");
            page.navigate(url("co-sign"));
            assertThat(page.locator("#co-sign-list")).containsText("Answered after return");
            page.navigate(url("co-sign/" + session));
            page.locator("#co-sign").click();
            signWithPassword(page);
            assertThat(page.locator("#signed-note-text")).containsText("Co-signed by Sage " + tag);
            BrowserSupport.screenshot(page, "62-sage-co-signed");
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "jon-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(url("co-sign/" + session));
            assertThat(page.locator("#not-available")).isVisible();
            assertThat(page.getByText("weekend argument")).hasCount(0);
        }
    }
}
