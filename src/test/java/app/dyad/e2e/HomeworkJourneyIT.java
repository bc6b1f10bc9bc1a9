package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.dyad.couples.CoupleAdminService;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Maya assigns a counselor-only journal and a reveal-together exercise; Alex submits both; Sam sees neither;
 * Sam submits; both now see both answers of the reveal exercise and still not the journal; Maya sees
 * everything; Jon sees nothing. Client pages at phone size.
 */
class HomeworkJourneyIT extends BrowserJourney {

    private static final String JOURNAL = "A week of evening check-ins with yourself";
    private static final String REVEAL = "Monthly balance conversation";

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    private void assign(Page page, String exercise, String visibility) {
        page.locator("#assign-exercise").click();
        page.locator("#assign-exercise-choice input").fill(exercise);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(exercise))
                .click();
        page.getByText("Both partners, each answers").click();
        page.getByText(visibility).click();
        page.locator("#assign-save").click();
        assertThat(page.locator("#homework-list").getByText(exercise)).isVisible();
    }

    private void answer(Page page, String exercise, String text) {
        page.locator("#my-exercises").getByText(exercise).click();
        page.locator("#my-answer textarea").first().fill(text);
        page.locator("#submit-answer").click();
        assertThat(page.getByText("Submitted. Thank you!")).isVisible();
    }

    /** Answers in fields (field values) and answers shown as text once both are in. */
    private static final String ANSWERS_WITH =
            "t => [...document.querySelectorAll('textarea')].filter(a => a.value.includes(t)).length"
                    + " + (document.body.innerText.includes(t) ? 1 : 0)";

    /** Waits until an answer with this text is shown, in a field or as text. */
    private static void waitForAnswer(Page page, String text) {
        page.waitForFunction(ANSWERS_WITH, text);
    }

    private static void assertNoAnswer(Page page, String text) {
        page.waitForTimeout(1000);
        Assertions.assertThat(((Number) page.evaluate(ANSWERS_WITH, text)).intValue())
                .isZero();
    }

    @Test
    void partnersSeeEachOthersAnswersOnlyAsTheVisibilityAllows() {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        String tag = clinic.tag();
        long couple = clinic.coupleId();
        String coupleUrl = url("couples/" + couple);

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "maya-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(coupleUrl);
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Homework"))
                    .click();
            assign(page, JOURNAL, "Only me (the partner never sees it)");
            assign(page, REVEAL, "Revealed together");
            BrowserSupport.screenshot(page, "20-maya-assigned-homework");
        }

        try (BrowserContext phone = context(375, 900)) {
            Page page = signedIn(phone, "alex-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            answer(page, JOURNAL, "Alex's private journal entry");
            assertThat(page.locator("#who-sees"))
                    .hasText("Only your counselor reads this; your partner never sees it.");
            page.navigate(url("my"));
            answer(page, REVEAL, "Alex feels crowded on weekends");
            assertThat(page.locator("#waiting-for-partner")).isVisible();
            BrowserSupport.screenshot(page, "21-alex-waiting-for-partner-phone");
        }

        try (BrowserContext phone = context(375, 900)) {
            Page page = signedIn(phone, "sam-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            page.locator("#my-exercises").getByText(JOURNAL).click();
            assertNoAnswer(page, "Alex's private journal entry");
            page.navigate(url("my"));
            page.locator("#my-exercises").getByText(REVEAL).click();
            assertThat(page.locator("#who-sees"))
                    .hasText(
                            "Your counselor reads it when you submit; your partner sees it once you have both submitted.");
            assertNoAnswer(page, "Alex feels crowded on weekends");
            BrowserSupport.screenshot(page, "22-sam-before-submitting-phone");
            page.locator("#my-answer textarea").first().fill("Sam misses Alex on Saturdays");
            page.locator("#submit-answer").click();
            waitForAnswer(page, "Alex feels crowded on weekends");
            BrowserSupport.screenshot(page, "23-sam-sees-both-answers-phone");
            page.navigate(url("my"));
            page.locator("#my-exercises").getByText(JOURNAL).click();
            assertNoAnswer(page, "Alex's private journal entry");
        }

        try (BrowserContext phone = context(375, 900)) {
            Page page = signedIn(phone, "alex-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            page.locator("#my-exercises").getByText(REVEAL).click();
            waitForAnswer(page, "Sam misses Alex on Saturdays");
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "maya-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(coupleUrl);
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Homework"))
                    .click();
            page.locator(".dyad-homework")
                    .filter(new Locator.FilterOptions().setHasText(JOURNAL))
                    .getByText("Answers & feedback")
                    .click();
            waitForAnswer(page, "Alex's private journal entry");
            BrowserSupport.screenshot(page, "24-maya-reads-the-journal");
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "jon-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(coupleUrl);
            assertThat(page.locator("#couple-unavailable")).isVisible();
            assertThat(page.getByText("journal")).hasCount(0);
        }
    }
}
