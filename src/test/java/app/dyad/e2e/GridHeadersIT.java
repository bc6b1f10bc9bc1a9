package app.dyad.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.couples.CoupleAdminService;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every grid's column headers read in full at 1280 px with the menu open: no "Coun…", no "Sta…". */
class GridHeadersIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    /** The header cells whose text is cut: wider than the cell shows. */
    private static final String CUT_HEADERS = """
            () => [...document.querySelectorAll('vaadin-grid')].flatMap(grid =>
                [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(cell => {
                        const slot = cell.assignedSlot;
                        const td = slot && slot.parentElement;
                        return td && td.getAttribute('part') && td.getAttribute('part').includes('header-cell');
                    })
                    .filter(cell => cell.textContent.trim().length > 0)
                    .filter(cell => {
                        const text = cell.querySelector('vaadin-grid-sorter') || cell;
                        return text.scrollWidth > text.clientWidth + 1 || cell.scrollWidth > cell.clientWidth + 1;
                    })
                    .map(cell => grid.id + ': ' + cell.textContent.trim()))
            """;

    @Test
    void everyGridHeaderReadsInFullAt1280Px() {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        try (BrowserContext desktop = context(1280, 800)) {
            Page admin = signedIn(desktop, "admin-" + clinic.tag() + "@e2e.dyad", TestAccounts.PASSWORD, "admin/users");
            assertNoCutHeaders(admin, "admin/users");
            assertNoCutHeaders(admin, "admin/couples");
            assertNoCutHeaders(admin, "admin/audit");
        }
        try (BrowserContext desktop = context(1280, 800)) {
            Page maya = signedIn(desktop, "maya-" + clinic.tag() + "@e2e.dyad", TestAccounts.PASSWORD, "caseload");
            assertNoCutHeaders(maya, "caseload");
            assertNoCutHeaders(maya, "library");
        }
    }

    private void assertNoCutHeaders(Page page, String path) {
        page.navigate(url(path));
        page.locator("vaadin-grid").first().waitFor();
        page.waitForTimeout(500);
        List<?> cut = (List<?>) page.evaluate(CUT_HEADERS);
        assertThat(cut).as("headers cut at 1280 px on " + path).isEmpty();
    }
}
