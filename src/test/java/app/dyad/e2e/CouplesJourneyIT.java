package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Admin opens a case for Maya; Maya sees it, Jon does not and gets nothing at its address; a partner
 * accepts the invitation and sees their space; the audit trail shows Jon's refused attempt.
 */
class CouplesJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Test
    void adminOpensACaseForMayaThatJonCannotSeeAndAPartnerJoins() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        accounts.ensure("admin-" + tag + "@e2e.dyad", "Ada Admin", Role.ADMIN);
        accounts.ensure("maya-" + tag + "@e2e.dyad", "Maya Lind " + tag, Role.COUNSELOR);
        accounts.ensure("jon-" + tag + "@e2e.dyad", "Jon Reyes " + tag, Role.COUNSELOR);
        String lena = "lena-" + tag + "@e2e.dyad";

        // The admin opens the case with two new partners and assigns Maya.
        String invitation;
        String coupleUrl;
        try (BrowserContext admin = context(1280, 900)) {
            Page page = signedIn(admin, "admin-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "admin/users");
            page.navigate(url("admin/couples"));
            page.locator("#new-couple").click();
            page.locator("#p1-firstName input").fill("Lena" + tag);
            page.locator("#p1-lastName input").fill("Falk");
            page.locator("#p1-email input").fill(lena);
            page.locator("#p2-firstName input").fill("Omar" + tag);
            page.locator("#p2-lastName input").fill("Falk");
            page.locator("#p2-email input").fill("omar-" + tag + "@e2e.dyad");
            page.locator("#counselor input").fill("Maya Lind " + tag);
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Maya Lind " + tag))
                    .click();
            BrowserSupport.screenshot(page, "10-admin-new-couple");
            page.locator("#create-couple").click();
            assertThat(page.locator("#invitation-0")).containsText("Invitation sent to l…@e…");
            assertThat(page.locator("vaadin-dialog-overlay")).not().containsText("/invitation/");
            BrowserSupport.screenshot(page, "11-admin-couple-invitations");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                    .click();
            page.locator("#couple-search input").fill("Lena" + tag);
            assertThat(page.locator("#couples").getByText("Maya Lind " + tag)).isVisible();
            BrowserSupport.screenshot(page, "12-admin-couples");
            // Lena's link reached her by mail (read here from the demo's Outbox, as nobody has her inbox)
            invitation =
                    mailInOutbox(page, lena).locator("a[href*='/invitation/']").getAttribute("href");
        }

        // Maya finds the couple in her caseload and opens it.
        try (BrowserContext maya = context(1280, 900)) {
            Page page = signedIn(maya, "maya-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.locator("#caseload-search input").fill("Omar" + tag);
            page.locator("#caseload").getByText("Lena" + tag + " & Omar" + tag).click();
            waitForPath(page, "couples/\\d+");
            coupleUrl = page.url();
            assertThat(page.getByText("Lena" + tag + " Falk").first()).isVisible();
            page.locator("#concerns textarea").fill("Lena wants more time for her own projects; Omar misses her.");
            page.locator("#save-concerns").click();
            assertThat(page.locator("vaadin-notification-card").getByText("Saved."))
                    .isVisible();
            BrowserSupport.screenshot(page, "13-maya-couple-overview");
            page.reload();
            assertThat(page.locator("#concerns textarea"))
                    .hasValue("Lena wants more time for her own projects; Omar misses her.");
        }

        // Jon does not have it, and its address shows him nothing of it.
        try (BrowserContext jon = context(1280, 900)) {
            Page page = signedIn(jon, "jon-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.locator("#caseload-search input").fill("Lena" + tag);
            assertThat(page.locator("#caseload").getByText("Lena" + tag)).hasCount(0);
            page.navigate(coupleUrl);
            assertThat(page.locator("#couple-unavailable")).containsText("This couple isn’t in your caseload");
            assertThat(page.getByText("Lena" + tag)).hasCount(0);
            assertThat(page.getByText("own projects")).hasCount(0);
            BrowserSupport.screenshot(page, "14-jon-refused");
        }

        // Lena accepts her invitation and sees her space, on a phone.
        try (BrowserContext phone = context(375, 740)) {
            Page page = phone.newPage();
            page.navigate(invitation);
            page.locator("#new-password input").fill("paper boats on the canal");
            page.locator("#repeat-password input").fill("paper boats on the canal");
            page.locator("#set-password").click();
            // setting the password signs her in
            waitForPath(page, "my");
            assertThat(page.locator("#my-intro")).containsText("Maya Lind " + tag);
            assertThat(page.locator("#my-intro")).containsText("Omar" + tag);
            assertThat(page.getByText("own projects")).hasCount(0);
            BrowserSupport.screenshot(page, "15-partner-my-space-phone");
            Object overflow =
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        }

        // The audit trail shows Jon's refused attempt.
        try (BrowserContext admin = context(1400, 900)) {
            Page page = signedIn(admin, "admin-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "admin/users");
            page.navigate(url("admin/audit"));
            page.locator("#audit-user input").fill("jon-" + tag);
            page.locator("#audit-outcome").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Refused"))
                    .click();
            assertThat(page.locator("#audit").getByText("Couple viewed").first())
                    .isVisible();
            BrowserSupport.screenshot(page, "16-admin-audit-jon-refused");
        }
    }
}
