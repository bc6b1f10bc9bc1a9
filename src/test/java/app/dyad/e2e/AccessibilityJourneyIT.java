package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.couples.CoupleAdminService;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What axe cannot see: the keyboard's way in, a focus ring one can see, where the menu says one is, the icon. */
class AccessibilityJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Test
    void theFirstTabStopIsASkipLinkThatMovesFocusToTheMainContent() {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        try (BrowserContext context = context(1280, 800)) {
            Page page = signedIn(context, "maya-" + clinic.tag() + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.locator("#caseload").waitFor();
            page.keyboard().press("Tab");
            Locator skip = page.locator("#skip-to-content");
            assertThat(skip).isFocused();
            assertThat(skip).hasText("Skip to content");
            assertThat(skip.boundingBox().width).isGreaterThan(40);
            BrowserSupport.screenshot(page, "40-skip-link-focused");
            page.keyboard().press("Enter");
            assertThat(page.locator("main#main-content")).isFocused();
            assertThat(page.url()).isEqualTo(url("caseload"));
        }
    }

    @Test
    void theFocusRingStandsOutThreeToOneInLightAndDark() throws IOException {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        try (BrowserContext context = context(1280, 800)) {
            Page page = signedIn(context, "maya-" + clinic.tag() + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(url("account"));
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                for (String button : List.of("#change-password", "#sign-out")) {
                    Locator target = page.locator(button);
                    page.keyboard().press("Shift");
                    target.focus();
                    assertThat(target).hasAttribute("focus-ring", "");
                    AccessibilityCheck.settle(page);
                    assertThat(ringContrast(page, target))
                            .as("focus ring of %s in %s", button, scheme)
                            .isGreaterThanOrEqualTo(3.0);
                }
                BrowserSupport.screenshot(page, "41-focus-ring-" + scheme.name().toLowerCase());
            }
        }
    }

    @Test
    void theMenuMarksWhereThePersonIsAlsoInsideACouplesPage() {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        try (BrowserContext context = context(1280, 800)) {
            Page page = signedIn(context, "maya-" + clinic.tag() + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(url("couples/" + clinic.coupleId()));
            Locator caseload = page.locator("vaadin-side-nav-item[path='caseload']");
            assertThat(caseload).hasAttribute("current", "");
            assertThat(caseload.locator("a[part=link]")).hasAttribute("aria-current", "page");
            assertThat(page.locator("vaadin-side-nav-item[current]")).hasCount(1);
            Object weight =
                    caseload.evaluate("i => getComputedStyle(i.shadowRoot.querySelector('[part=content]')).fontWeight");
            assertThat(weight).isEqualTo("600");
            page.navigate(url("library"));
            assertThat(page.locator("vaadin-side-nav-item[path='library'] a[part=link]"))
                    .hasAttribute("aria-current", "page");
            assertThat(caseload).not().hasAttribute("current", "");
        }
    }

    @Test
    void everyPageNamesDyadsIconAndTheBrowserLogsNoError() {
        List<String> errors = new CopyOnWriteArrayList<>();
        try (BrowserContext context = context(375, 740)) {
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    errors.add(message.text());
                }
            });
            page.navigate(url("login"));
            String icon = page.locator("link[rel=icon][type='image/svg+xml'], link[rel=icon]")
                    .first()
                    .getAttribute("href");
            APIResponse response =
                    context.request().get(url(icon.replaceFirst("^\\./", "").replaceFirst("^/", "")));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().get("content-type")).startsWith("image/");
            assertThat(context.request().get(url("favicon.ico")).status()).isEqualTo(200);
            signIn(page, "maya-" + MayaClinic.create(accounts, admins).tag() + "@e2e.dyad", TestAccounts.PASSWORD);
            waitForPath(page, "caseload");
            assertThat(page.locator("#caseload")).isVisible();
            page.waitForTimeout(500);
        }
        assertThat(errors).as("console errors").isEmpty();
    }

    /** The lowest contrast between the ring (1–2 px outside the element) and the page just beyond it. */
    private static double ringContrast(Page page, Locator target) throws IOException {
        BoundingBox box = target.boundingBox();
        int margin = 12;
        byte[] png = page.screenshot(new Page.ScreenshotOptions()
                .setClip(box.x - margin, box.y - margin, box.width + 2 * margin, box.height + 2 * margin));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int middleY = image.getHeight() / 2;
        int middleX = image.getWidth() / 2;
        double left = bestRing(
                image.getRGB(3, middleY), image.getRGB(margin - 1, middleY), image.getRGB(margin - 2, middleY));
        double top = bestRing(
                image.getRGB(middleX, 3), image.getRGB(middleX, margin - 1), image.getRGB(middleX, margin - 2));
        return Math.min(left, top);
    }

    private static double bestRing(int background, int ringNear, int ringFar) {
        return Math.max(contrast(background, ringNear), contrast(background, ringFar));
    }

    static double contrast(int rgb1, int rgb2) {
        double l1 = luminance(rgb1);
        double l2 = luminance(rgb2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
