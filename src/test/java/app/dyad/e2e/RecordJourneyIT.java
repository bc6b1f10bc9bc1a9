package app.dyad.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.couples.CoupleAdminService;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alex downloads his record from his home and reads that the notes are not in it; Maya exports the couple's record
 * only once she has given a reason; Jon, not their counselor, has no such button.
 */
class RecordJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    private static Map<String, byte[]> unzip(Download download) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(download.path())))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void aPartnerAndTheirCounselorDownloadTheRecordsTheyMayRead() throws IOException {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        String tag = clinic.tag();

        try (BrowserContext phone = context(375, 812)) {
            Page page = signedIn(phone, "alex-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            assertThat(page.locator("#my-record-no-notes")).containsText("session notes are not part of it");
            Download download = page.waitForDownload(
                    () -> page.locator("#my-record-download").click());
            Map<String, byte[]> record = unzip(download);
            assertThat(record).containsKeys("record.json", "record.pdf");
            assertThat(new String(record.get("record.json"), StandardCharsets.UTF_8))
                    .contains("\"kind\":\"PARTNERS_OWN\"");
            BrowserSupport.screenshot(page, "70-alex-record-phone");
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "maya-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(url("couples/" + clinic.coupleId()));
            page.locator("#couple-record").click();
            assertThat(page.locator("#record-download")).hasAttribute("disabled", "");
            page.locator("#record-reason textarea").fill("Requested by Alex for his new counselor");
            assertThat(page.locator("#record-download")).not().hasAttribute("disabled", "");
            BrowserSupport.screenshot(page, "71-maya-record-dialog");
            Download download =
                    page.waitForDownload(() -> page.locator("#record-download").click());
            assertThat(new String(unzip(download).get("record.json"), StandardCharsets.UTF_8))
                    .contains("\"kind\":\"COUPLE_EVERYTHING\"");
        }

        try (BrowserContext context = context(1280, 900)) {
            Page page = signedIn(context, "jon-" + tag + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            page.navigate(url("couples/" + clinic.coupleId()));
            assertThat(page.locator("#couple-unavailable")).isVisible();
            assertThat(page.locator("#couple-record")).hasCount(0);
        }
    }
}
