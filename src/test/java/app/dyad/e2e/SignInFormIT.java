package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A refused sign-in gives the form back with the email as typed, so only the password is typed again. */
class SignInFormIT extends BrowserJourney {

    @Autowired
    TestAccounts testAccounts;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openContext() {
        context = context(375, 740);
        page = context.newPage();
        testAccounts.ensure("keeps-email@e2e.dyad", "Kim Keeps", Role.CLIENT);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void aWrongPasswordKeepsTheTypedEmailAndPutsTheCursorInThePassword() {
        signIn(page, "keeps-email@e2e.dyad", "not the password at all");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));

        assertThat(page.locator("vaadin-text-field[name='username'] input")).hasValue("keeps-email@e2e.dyad");
        assertThat(page.locator("vaadin-password-field[name='password'] input")).hasValue("");
        assertThat(page.locator("vaadin-password-field[name='password']")).hasAttribute("focused", "");
        BrowserSupport.screenshot(page, "sign-in-kept-email-phone");

        page.locator("vaadin-password-field[name='password'] input").fill(TestAccounts.PASSWORD);
        page.keyboard().press("Enter");
        waitForPath(page, "my");
    }

    @Test
    void aFreshSignInPageStartsEmpty() {
        signIn(page, "keeps-email@e2e.dyad", "not the password at all");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));

        page.navigate(url("login"));

        assertThat(page.locator("vaadin-text-field[name='username'] input")).hasValue("");
    }
}
