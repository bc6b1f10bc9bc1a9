package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.dyad.TestClock;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A counselor turns on two-step sign-in on their account page with an authenticator app (here: the same RFC 6238
 * algorithm, computed from the secret shown as text), then signs in with the password and a code on a phone, is
 * refused a code already used, and later signs in with a recovery code. Between the two steps, no other page opens.
 */
class TwoStepJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TestClock clock;

    @Autowired
    AccountAdminService accountAdmin;

    @AfterEach
    void theClinicNoLongerRequiresIt() {
        testAccounts.signInAs("rule-keeper@e2e.dyad", "Rule Keeper", Role.ADMIN);
        accountAdmin.requireTwoStepForStaff(false);
        TestAccounts.signOut();
    }

    @Test
    void aCounselorSetsUpTwoStepSignInAndSignsInWithACodeAndThenARecoveryCode() throws Exception {
        String email = "two-step-" + UUID.randomUUID().toString().substring(0, 6) + "@e2e.dyad";
        testAccounts.ensure(email, "Tess Twostep", Role.COUNSELOR);

        // setting up, on a laptop
        String secret;
        List<String> recoveryCodes;
        String setUpCode;
        try (BrowserContext desktop = context(1280, 860)) {
            Page page = signedIn(desktop, email, TestAccounts.PASSWORD, "caseload");
            page.navigate(url("account"));
            page.locator("#two-step-start").click();
            secret = page.locator("#two-step-secret").textContent();
            BrowserSupport.screenshot(page, "two-step-01-set-up-desktop");
            setUpCode = codeNow(secret);
            page.locator("#two-step-set-up-code input").fill(setUpCode);
            page.locator("#two-step-confirm").click();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            recoveryCodes = page.locator("#recovery-codes li").allTextContents();
            BrowserSupport.screenshot(page, "two-step-02-recovery-codes-desktop");
            assertThat(page.locator("#recovery-codes-done")).isDisabled();
            page.locator("#recovery-codes-saved").click();
            page.locator("#recovery-codes-done").click();
            assertThat(page.locator("#two-step-state")).containsText("On since");
            page.locator("#sign-out").click();
            page.waitForURL(Pattern.compile(".*/login.*"));
        }

        // signing in on a phone: the password alone opens nothing else
        try (BrowserContext phone = context(375, 740)) {
            Page page = phone.newPage();
            signIn(page, email, TestAccounts.PASSWORD);
            waitForPath(page, "sign-in/code");
            page.navigate(url("caseload"));
            waitForPath(page, "sign-in/code");
            assertThat(page.locator("#caseload")).hasCount(0);
            BrowserSupport.screenshot(page, "two-step-03-code-phone");

            page.locator("#second-step-code input").fill(setUpCode);
            page.locator("#second-step-sign-in").click();
            assertThat(page.locator("#second-step-code")).hasAttribute("invalid", "");
            assertThat(page.locator("#second-step-code [slot=error-message]")).containsText("That code did not work");
            BrowserSupport.screenshot(page, "two-step-04-code-refused-phone");

            clock.advance(Duration.ofSeconds(30));
            page.locator("#second-step-code input").fill(codeNow(secret));
            page.locator("#second-step-sign-in").click();
            waitForPath(page, "caseload");
            assertThat(page.locator("#caseload")).isVisible();
            BrowserSupport.screenshot(page, "two-step-05-signed-in-phone");
        }

        // the phone is lost: a recovery code instead
        try (BrowserContext desktop = context(1280, 860)) {
            Page page = desktop.newPage();
            signIn(page, email, TestAccounts.PASSWORD);
            waitForPath(page, "sign-in/code");
            page.locator("#second-step-switch").click();
            page.locator("#second-step-code input").fill(recoveryCodes.getFirst());
            BrowserSupport.screenshot(page, "two-step-06-recovery-code-desktop");
            page.locator("#second-step-sign-in").click();
            waitForPath(page, "caseload");
            assertThat(page.locator("#caseload")).isVisible();
        }
    }

    @Test
    void whenTheClinicRequiresItACounselorSetsItUpRightAfterThePasswordAndAnAdminCanResetIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String admin = "rule-admin-" + tag + "@e2e.dyad";
        String counselor = "rule-counselor-" + tag + "@e2e.dyad";
        testAccounts.ensure(admin, "Ada Admin " + tag, Role.ADMIN);
        testAccounts.ensure(counselor, "Cora Counselor " + tag, Role.COUNSELOR);

        try (BrowserContext adminDesktop = context(1280, 860);
                BrowserContext counselorPhone = context(375, 740)) {
            Page adminPage = signedIn(adminDesktop, admin, TestAccounts.PASSWORD, "admin/users");
            adminPage.locator("#two-step-required-for-staff input").check();
            assertThat(adminPage.getByText("Two-step sign-in is now required")).isVisible();

            // the counselor has no second step: right after the password, setting it up is the only way on
            Page page = counselorPhone.newPage();
            signIn(page, counselor, TestAccounts.PASSWORD);
            waitForPath(page, "sign-in/set-up");
            page.navigate(url("caseload"));
            waitForPath(page, "sign-in/set-up");
            assertThat(page.locator("#caseload")).hasCount(0);
            BrowserSupport.screenshot(page, "two-step-07-required-set-up-phone");
            String secret = page.locator("#two-step-secret").textContent();
            String sessionBefore = sessionId(counselorPhone);
            page.locator("#two-step-set-up-code input").fill(codeNow(secret));
            page.locator("#two-step-confirm").click();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            Assertions.assertThat(sessionId(counselorPhone))
                    .as("a new session id once signed in, before 'Done'")
                    .isNotEqualTo(sessionBefore);
            BrowserSupport.screenshot(page, "two-step-08-required-recovery-codes-phone");
            assertThat(page.locator("#set-up-sign-out")).isHidden(); // signed in now: nothing to cancel
            page.locator("#recovery-codes-saved").click();
            page.locator("#recovery-codes-done").click();
            waitForPath(page, "caseload");
            assertThat(page.locator("#caseload")).isVisible();

            // the phone is lost: the admin resets it, the counselor's session ends, and set-up starts again
            adminPage.locator("#user-search input").fill(counselor);
            assertThat(adminPage.getByText(admin)).isHidden(); // the search has run: one row left
            Locator reset = adminPage.locator(".dyad-action-reset-two-step:visible");
            assertThat(reset).hasCount(1);
            BrowserSupport.screenshot(adminPage, "two-step-09-accounts-desktop");
            reset.click();
            adminPage.locator("#two-step-reset-reason textarea").fill("Lost phone on the train");
            BrowserSupport.screenshot(adminPage, "two-step-10-reset-desktop");
            adminPage.locator("#two-step-reset-confirm").click();
            assertThat(adminPage.getByText("Two-step sign-in reset for Cora Counselor " + tag))
                    .isVisible();

            page.navigate(url("caseload"));
            waitForPath(page, "login");
            signIn(page, counselor, TestAccounts.PASSWORD);
            waitForPath(page, "sign-in/set-up");
        }
    }

    @Test
    void aClientMaySetItUpOnAPhoneAndThenSignsInWithACode() throws Exception {
        String email = "two-step-client-" + UUID.randomUUID().toString().substring(0, 6) + "@e2e.dyad";
        testAccounts.ensure(email, "Cleo Client", Role.CLIENT);

        try (BrowserContext phone = context(375, 740)) {
            Page page = signedIn(phone, email, TestAccounts.PASSWORD, "my");
            page.navigate(url("account"));
            assertThat(page.locator("#two-step-state")).containsText("Off.");
            page.locator("#two-step-start").click();
            String secret = page.locator("#two-step-secret").textContent();
            page.locator("#two-step-set-up-code input").fill(codeNow(secret));
            page.locator("#two-step-confirm").click();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            BrowserSupport.screenshot(page, "two-step-11-client-recovery-codes-phone");
            page.locator("#recovery-codes-saved").click();
            page.locator("#recovery-codes-done").click();
            assertThat(page.locator("#two-step-state")).containsText("10 recovery codes left");
            page.locator("vaadin-drawer-toggle").click(); // the menu, where a phone keeps "Sign out"
            page.locator("#sign-out").click();
            page.waitForURL(Pattern.compile(".*/login.*"));

            signIn(page, email, TestAccounts.PASSWORD);
            waitForPath(page, "sign-in/code");
            clock.advance(Duration.ofSeconds(30));
            page.locator("#second-step-code input").fill(codeNow(secret));
            page.keyboard().press("Enter");
            waitForPath(page, "my");
        }
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("");
    }

    /** What an authenticator app shows now, by the app's clock. */
    private String codeNow(String secretAsShown) throws InvalidKeyException {
        byte[] key = new Base32().decode(secretAsShown.replace(" ", "").toUpperCase(Locale.ROOT));
        var generator = new TimeBasedOneTimePasswordGenerator(
                Duration.ofSeconds(30), 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        return generator.generateOneTimePasswordString(new SecretKeySpec(key, "RAW"), clock.instant(), Locale.ROOT);
    }
}
