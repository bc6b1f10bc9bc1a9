package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.dyad.couples.CoupleAdminService;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Maya plans check-ins revealed once both have answered; Alex answers on a phone with the keyboard and sees only his
 * own scores; Sam sees none of Alex's before answering, answers by touch, and then sees both; Maya reads both lines,
 * the table and where they differ.
 */
class CheckInJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    /** Answers every question: each slider moved {@code steps} with the arrow keys, each radio group's answer at this place chosen. */
    private static void answer(Page page, int steps, int csiAnswer) {
        page.locator("#start-checkin").click();
        assertThat(page.locator("#checkin-who-sees")).containsText("only once you have both answered");
        page.locator("#submit-checkin").click();
        assertThat(page.locator("#checkin-problem")).containsText("Please answer every question");
        Locator sliders = page.locator("vaadin-slider");
        for (int i = 0; i < sliders.count(); i++) {
            sliders.nth(i).locator("input").first().focus();
            for (int k = 0; k < Math.abs(steps); k++) {
                page.keyboard().press(steps > 0 ? "ArrowRight" : "ArrowLeft");
            }
            assertThat(page.locator("#" + sliders.nth(i).getAttribute("id") + "-answer"))
                    .hasText(Pattern.compile("Your answer: \\d+ of 10"));
        }
        Locator groups = page.locator("vaadin-radio-group");
        for (int i = 0; i < groups.count(); i++) {
            groups.nth(i).locator("vaadin-radio-button").nth(csiAnswer).click();
        }
        BrowserSupport.screenshot(page, "60-" + steps + "-check-in-answered-phone");
        page.locator("#submit-checkin").click();
        assertThat(page.locator("#progress-handed-in")).hasText("Thank you. Your check-in is handed in.");
        assertThat(page.locator("#progress-handed-in")).isInViewport();
    }

    @Test
    void eachPartnerSeesTheOthersScoresOnlyOnceBothHaveAnswered() {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        String tag = clinic.tag();
        String coupleUrl = url("couples/" + clinic.coupleId());

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "maya-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(coupleUrl);
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Progress"))
                    .click();
            assertThat(page.locator("#progress-none")).isVisible();
            page.locator("#checkin-cadence").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Every 2 weeks"))
                    .click();
            page.getByText("Also the other partner, once both have answered").click();
            page.locator("#checkin-plan-save").click();
            assertThat(page.getByText("Check-in plan saved.")).isVisible();
            assertThat(page.locator("#checkin-plan-state")).containsText("Every 2 weeks.");
        }

        try (BrowserContext phone = context(375, 812)) {
            Page page = signedIn(phone, "alex-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            assertThat(page.locator("#my-checkin")).containsText("13 questions, about two minutes");
            answer(page, 3, 4);
            page.waitForURL(Pattern.compile(".*/my/progress$"));
            assertThat(page.locator("#progress-who")).containsText("Only your own scores");
            assertThat(page.locator("#chart-csi4-image"))
                    .hasAttribute("alt", Pattern.compile(".*You: one check-in.*Your partner: no scores yet.*"));
        }

        try (BrowserContext phone = context(375, 812)) {
            Page page = signedIn(phone, "sam-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            assertThat(page.locator("#my-progress-link")).hasCount(0);
            page.navigate(url("my/progress"));
            assertThat(page.locator("#progress-who")).containsText("once you have handed in a check-in");
            assertThat(page.locator(".dyad-chart-image")).hasCount(0);
            BrowserSupport.screenshot(page, "61-sam-before-answering-phone");
            page.navigate(url("my"));
            answer(page, -3, 1);
            assertThat(page.locator("#progress-who")).containsText("beside yours");
            assertThat(page.locator("#chart-csi4-image"))
                    .hasAttribute("alt", Pattern.compile(".*You: one check-in.*Your partner: one check-in.*"));
            BrowserSupport.screenshot(page, "62-sam-sees-both-phone");
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "maya-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(coupleUrl);
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Progress"))
                    .click();
            assertThat(page.locator("#chart-balance-image"))
                    .hasAttribute(
                            "alt", Pattern.compile(".*Alex: one check-in, latest 8.*Sam: one check-in, latest 2.*"));
            page.locator("#chart-csi4-as-table").click();
            assertThat(page.locator("#chart-csi4 table tbody tr")).hasCount(1);
            assertThat(page.locator("#progress-balance-differences li")).hasCount(9);
            assertThat(page.locator("#progress-balance-differences li").first()).containsText("6 points apart");
            BrowserSupport.screenshot(page, "63-maya-reads-progress");
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "jon-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(coupleUrl + "?tab=progress");
            assertThat(page.locator("#couple-unavailable")).isVisible();
            assertThat(page.locator(".dyad-chart-image")).hasCount(0);
        }
    }
}
