package app.dyad.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestBeans;
import app.dyad.TestDatabaseInitializer;
import app.dyad.mail.MailDelivery;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The running app on a random port, Debian's Chromium, and the steps every journey shares. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dyad.public-url=http://localhost:${local.server.port}")
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestBeans.class)
abstract class BrowserJourney {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        BrowserSupport.requireChromium();
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits until the browser shows this path; a query such as Spring Security's ?continue may follow. */
    static void waitForPath(Page page, String pathPattern) {
        page.waitForURL(Pattern.compile(".*/" + pathPattern + "(\\?.*)?$"));
    }

    /**
     * A browser context whose pages are checked by axe: every page a journey arrives at (and every dialog it opens)
     * is checked in light and dark before the journey's next step on it.
     */
    BrowserContext context(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(30_000);
        context.onPage(page -> {
            page.onConsoleMessage(message -> recordIfRefused(message.text()));
            page.onPageError(this::recordIfRefused);
        });
        return CheckedPages.context(context, accessibility);
    }

    /** What axe found on the pages this journey visited. */
    final AccessibilityFindings accessibility = new AccessibilityFindings();

    @AfterEach
    void noPageHadASeriousAccessibilityProblem(TestInfo test) {
        accessibility.writeReport(test.getTestClass().orElseThrow().getSimpleName() + "-"
                + test.getTestMethod().orElseThrow().getName());
        if (!accessibility.failing().isEmpty()) {
            Assertions.fail(accessibility.describeFailing());
        }
    }

    /** What the browser refused under the Content-Security-Policy or Permissions-Policy headers. */
    private final List<String> refusals = new CopyOnWriteArrayList<>();

    private void recordIfRefused(String text) {
        if (text.contains("Content Security Policy")
                || text.contains("Permissions-Policy")
                || text.contains("Refused to")) {
            refusals.add(text);
        }
    }

    @AfterEach
    void nothingWasRefusedByTheSecurityHeaders() {
        assertThat(refusals).as("console messages about the security headers").isEmpty();
    }

    /** Fills in the sign-in form on this page. */
    void signIn(Page page, String email, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-text-field[name='username'] input").fill(email);
        page.locator("vaadin-password-field[name='password'] input").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    @Autowired
    MailDelivery mailDelivery;

    /**
     * Opens the demo's Outbox from the menu, as an admin showing the flow would, and returns the mail to this address
     * as shown there. Scheduled delivery is off in tests (each test runs it when it needs it): this is that run.
     */
    Locator mailInOutbox(Page adminPage, String recipient) {
        mailDelivery.deliverDue();
        adminPage
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox (demo)"))
                .click();
        waitForPath(adminPage, "admin/outbox");
        Locator mail = adminPage.locator(".dyad-outbox-mail").filter(new Locator.FilterOptions().setHasText(recipient));
        mail.first().waitFor();
        return mail.first();
    }

    /** A new page in this context, signed in and arrived at the person's home. */
    Page signedIn(BrowserContext context, String email, String password, String home) {
        Page page = context.newPage();
        signIn(page, email, password);
        waitForPath(page, home);
        return page;
    }
}
