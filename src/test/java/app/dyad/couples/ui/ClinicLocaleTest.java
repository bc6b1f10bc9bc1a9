package app.dyad.couples.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ui.Formats;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Dates are written the clinic's way (the tests' clinic is en-GB), whatever locale the browser reports. */
@DyadSpringTest
class ClinicLocaleTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aUsBrowserStillSeesTheClinicsDates() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        SignedInUser maya = accounts.ensure("maya-" + tag + "@test.dyad", "Maya " + tag, Role.COUNSELOR);
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        admins.createCouple(new NewCouple(
                new PartnerDetails("Iris" + tag, "Vale", null, null, null, null, null),
                new PartnerDetails("Ezra" + tag, "Vale", null, null, null, null, null),
                null,
                LocalDate.of(2026, 3, 1),
                CoupleStatus.ACTIVE,
                maya.accountId()));
        accounts.signInAs(maya.email(), "", Role.COUNSELOR);
        UI.getCurrent().setLocale(Locale.US);

        CaseloadView caseload = navigate(CaseloadView.class);
        test(caseload.search).setValue("Iris" + tag);
        Grid<?> grid = caseload.grid;

        assertThat(test(grid).getCellText(0, 3)).as("the case's start").isEqualTo("1 Mar 2026");
    }

    @Test
    void everyDateFormatComesFromTheClinicLocale() {
        UI.getCurrent().setLocale(Locale.US);
        Instant afternoon =
                ZonedDateTime.of(2026, 12, 3, 14, 5, 0, 0, Formats.clinicZone()).toInstant();
        UI ui = UI.getCurrent();

        assertThat(Formats.date(ui, LocalDate.of(2026, 12, 3))).isEqualTo("3 Dec 2026");
        assertThat(Formats.time(ui, afternoon)).isEqualTo("14:05");
        assertThat(Formats.dateTime(ui, afternoon)).isEqualTo("3 Dec 2026, 14:05");
        assertThat(Formats.dayOf(ui, afternoon)).isEqualTo("Thu, 3 Dec 2026");
    }
}
