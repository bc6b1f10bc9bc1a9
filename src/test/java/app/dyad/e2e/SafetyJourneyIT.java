package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.couples.CoupleAdminService;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sam writes to Maya privately on a phone and leaves no trace on their home beyond "Sent to"; Alex's home shows
 * nothing; Maya sees the flag, reads, acknowledges and answers Sam alone; Sam reads the answer and leaves quickly —
 * Back does not return to Dyad and the session is gone; Alex leaves by pressing Escape three times.
 */
class SafetyJourneyIT extends BrowserJourney {

    static final String NEUTRAL = "https://neutral.example/weather";
    static final String MESSAGE = "لا أشعر بالأمان في البيت. I would like to talk to you alone.";

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    /** A phone whose neutral site is answered here: a plain page about the weather. */
    private BrowserContext phone() {
        BrowserContext phone = context(375, 812);
        phone.route(
                NEUTRAL + "**",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/html")
                        .setBody("<!doctype html><html lang=\"en\"><head><title>Weather</title></head>"
                                + "<body><main><h1>Weather today</h1><p>Sunny, 18 degrees.</p></main></body></html>")));
        return phone;
    }

    @Test
    void samWritesPrivatelyMayaAnswersAndSamLeavesQuicklyWithNoWayBack() {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        String tag = clinic.tag();

        try (BrowserContext phone = phone()) {
            Page page = signedIn(phone, "sam-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            page.locator("#write-privately").click();
            waitForPath(page, "my/counselor");
            assertThat(page.locator("#private-who")).containsText("Your partner never sees it");
            page.locator("#private-text textarea").fill(MESSAGE);
            page.getByText("I don’t feel safe at home").click();
            page.getByText("I’d like a session on my own").click();
            BrowserSupport.screenshot(page, "70-sam-writes-privately-phone");
            page.locator("#send-privately").click();
            assertThat(page.locator("#private-sent-now")).hasText(Pattern.compile("Sent to Maya " + tag));
            page.navigate(url("my"));
            assertThat(page.locator("#private-sent")).hasText("Sent to Maya " + tag);
            assertThat(page.locator("main")).not().containsText(MESSAGE);
        }

        try (BrowserContext phone = phone()) {
            Page page = signedIn(phone, "alex-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            assertThat(page.locator("#my-private-channel")).isVisible();
            assertThat(page.locator("#private-sent")).hasCount(0);
            page.navigate(url("my/counselor"));
            assertThat(page.locator("main")).not().containsText(MESSAGE);
            assertThat(page.locator("main")).not().containsText("Sent to");
        }

        try (BrowserContext desk = context(1280, 900)) {
            Page page = signedIn(desk, "maya-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            assertThat(page.locator("#caseload .dyad-urgent")).hasText("Private message");
            BrowserSupport.screenshot(page, "71-maya-caseload-flag");
            page.navigate(url("couples/" + clinic.coupleId()));
            page.locator("#urgent-private-message").click();
            page.locator("#private-message-list").getByText("Sam").click();
            assertThat(page.locator("#private-message-text")).hasText(MESSAGE);
            page.locator("#acknowledge").click();
            page.locator("#private-reply textarea").fill("Sam, I can see you alone on Thursday at 10.");
            page.locator("#send-reply").click();
            assertThat(page.locator("#private-message")).containsText("Acknowledged by Maya " + tag);
            BrowserSupport.screenshot(page, "72-maya-reads-and-answers");
            page.navigate(url("caseload"));
            assertThat(page.locator("#caseload .dyad-urgent")).hasCount(0);
        }

        try (BrowserContext phone = phone()) {
            Page page = signedIn(phone, "sam-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            assertThat(page.locator("#private-answer-waiting")).containsText("has answered you");
            page.locator("#write-privately").click();
            assertThat(page.locator("main")).containsText("Thursday at 10");
            BrowserSupport.screenshot(page, "73-sam-reads-the-answer-phone");

            page.locator("#leave-quickly").click();
            page.waitForURL(NEUTRAL);
            assertThat(page.locator("h1")).hasText("Weather today");
            page.goBack();
            page.waitForURL(NEUTRAL);
            assertThat(page.locator("h1")).hasText("Weather today");
            assertThat(page.url()).doesNotContain("localhost");

            Page again = phone.newPage();
            again.navigate(url("my/counselor"));
            waitForPath(again, "login");
        }

        try (BrowserContext phone = phone()) {
            Page page = signedIn(phone, "alex-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            page.locator("main").click();
            page.keyboard().press("Escape");
            page.keyboard().press("Escape");
            page.keyboard().press("Escape");
            page.waitForURL(NEUTRAL);
            page.goBack();
            page.waitForURL(NEUTRAL);
            Page again = phone.newPage();
            again.navigate(url("my"));
            waitForPath(again, "login");
            assertThat(again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
                    .isVisible();
        }
    }
}
