package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.dyad.TestClock;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Maya schedules a session for Alex & Sam, writes the DAP note as a draft, leaves and finds it again; Alex sees
 * the time on her phone; after the session Maya signs, cannot edit, adds an addendum and downloads the PDF;
 * Alex and Jon get nothing at the note's address.
 */
class SessionNoteJourneyIT extends BrowserJourney {

    /** The week grid's working hours, 07:00–21:00, when no session lies outside them. */
    private static final int CALENDAR_HOURS = 14;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    TestClock clock;

    @Autowired
    ClinicCalendar calendar;

    private static String areaValue(Page page, String id) {
        return (String) page.evaluate("id => document.querySelector('#' + id + ' textarea').value", id);
    }

    private static void signWithPassword(Page page) {
        page.locator("#sign-password input").fill(TestAccounts.PASSWORD);
        page.locator("#sign-confirm").click();
    }

    @Test
    void aNoteIsDraftedSignedCorrectedAndExportedAndNobodyElseCanOpenIt() throws IOException {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        String tag = clinic.tag();
        long couple = clinic.coupleId();
        LocalDate tomorrow = calendar.today().plusDays(1);
        String noteUrl;

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "maya-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(url("couples/" + couple));
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sessions"))
                    .click();
            page.locator("#schedule-session").click();
            page.locator("#session-date input")
                    .fill(DateTimeFormatter.ofPattern("d/M/yyyy").format(tomorrow));
            page.locator("#session-date input").press("Enter");
            page.locator("#session-place input").fill("Room 2");
            BrowserSupport.screenshot(page, "30-maya-schedules-a-session");
            page.locator("#schedule-save").click();
            assertThat(page.locator("#session-list").getByText("Scheduled")).isVisible();
            page.locator("#session-list").getByText("Open the session and note").click();
            waitForPath(page, "sessions/\\d+/note");
            noteUrl = page.url();

            page.locator("#note-data textarea").fill("Both arrived on time. Talked through the weekend argument.");
            page.locator("[id^=note-partner-] textarea").first().fill("Alex named her need for time alone.");
            page.locator("#note-assessment textarea").fill("The pursue-withdraw cycle is softening.");
            page.locator("#note-plan textarea").fill("Keep the evening check-ins.");
            assertThat(page.locator("#note-save-state"))
                    .containsText("Draft saved at", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
            BrowserSupport.screenshot(page, "31-maya-drafts-the-dap-note");

            page.navigate(url("sessions?week=" + tomorrow));
            assertThat(page.locator("#agenda-days")).containsText("Alex & Sam");
            BrowserSupport.screenshot(page, "32-maya-agenda-with-the-session");
            // the week's grid: a click on tomorrow's empty 18:00 opens the schedule dialog at that time
            page.navigate(url("sessions?view=week&date=" + tomorrow));
            Locator day = page.locator(".dyad-cal-day[data-day='" + tomorrow + "']");
            double halfHour = day.boundingBox().height / (CALENDAR_HOURS * 2);
            day.hover(new Locator.HoverOptions().setPosition(5, halfHour * 22 + halfHour / 2));
            assertThat(day.locator(".dyad-cal-hover")).isVisible();
            BrowserSupport.screenshot(page, "32b-maya-points-at-an-empty-half-hour");
            day.click(new Locator.ClickOptions().setPosition(5, halfHour * 22 + halfHour / 2));
            assertThat(page.locator("#session-start input")).hasValue("18:00");
            page.keyboard().press("Escape");
            page.navigate(noteUrl);
            page.waitForFunction(
                    "() => document.querySelector('#note-data textarea')?.value.includes('weekend argument')");
            Assertions.assertThat(areaValue(page, "note-plan")).isEqualTo("Keep the evening check-ins.");
        }

        try (BrowserContext phone = context(375, 800)) {
            Page page = signedIn(phone, "alex-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            assertThat(page.locator("#my-sessions"))
                    .containsText(DateTimeFormatter.ofPattern("EEE, d MMM yyyy")
                                    .withLocale(Locale.UK)
                                    .format(tomorrow) + ", 10:00");
            assertThat(page.locator("#my-sessions")).containsText("Room 2");
            BrowserSupport.screenshot(page, "33-alex-sees-the-session-time-phone");
        }

        clock.advance(Duration.ofDays(2)); // the session has taken place
        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "maya-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(noteUrl);
            page.locator("#note-sign").click();
            page.locator("#sign-password input").fill("not my password");
            page.locator("#sign-confirm").click();
            assertThat(page.locator("#sign-password")).hasAttribute("invalid", "");
            signWithPassword(page);
            assertThat(page.locator("#signed-note")).containsText("Matches its signature");
            assertThat(page.locator("#signed-note")).containsText("Talked through the weekend argument.");
            assertThat(page.locator("#note-data")).hasCount(0);
            BrowserSupport.screenshot(page, "34-maya-signed-note-is-locked");

            page.locator("#addendum-text textarea").fill("Correction: Sam arrived ten minutes late.");
            page.locator("#addendum-sign").click();
            signWithPassword(page);
            assertThat(page.locator(".dyad-addendum")).containsText("Sam arrived ten minutes late.");
            BrowserSupport.screenshot(page, "35-maya-adds-a-signed-addendum");

            Download download =
                    page.waitForDownload(() -> page.locator("#note-pdf").click());
            byte[] pdf = Files.readAllBytes(download.path());
            Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            try (PdfReader reader = new PdfReader(pdf)) {
                String text = new PdfTextExtractor(reader).getTextFromPage(1);
                Assertions.assertThat(text)
                        .contains("weekend argument")
                        .contains("Sam arrived ten minutes late")
                        .contains("SHA-256");
            }
        } finally {
            clock.advance(Duration.ofDays(-2));
        }

        try (BrowserContext phone = context(375, 800)) {
            Page page = signedIn(phone, "alex-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            page.navigate(noteUrl);
            assertThat(page.locator(".dyad-access-denied")).isVisible();
            BrowserSupport.screenshot(page, "36-alex-gets-nothing-at-the-note-phone");
            assertThat(page.getByText("weekend argument")).hasCount(0);
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "jon-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(noteUrl);
            assertThat(page.locator("#not-available")).isVisible();
            BrowserSupport.screenshot(page, "37-jon-gets-nothing-at-the-note");
            assertThat(page.getByText("weekend argument")).hasCount(0);
        }
    }
}
