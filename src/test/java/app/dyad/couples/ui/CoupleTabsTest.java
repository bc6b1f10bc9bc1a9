package app.dyad.couples.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetTester;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The open tab of a couple's page is in the address: a link opens it, and Back returns to the tab before. */
@DyadSpringTest
class CoupleTabsTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    long couple;

    @BeforeEach
    void aCouple() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        SignedInUser maya = accounts.ensure("maya-" + tag + "@test.dyad", "Maya " + tag, Role.COUNSELOR);
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        couple = admins.createCouple(new NewCouple(
                        new PartnerDetails("Iris" + tag, "Vale", null, null, null, null, null),
                        new PartnerDetails("Ezra" + tag, "Vale", null, null, null, null, null),
                        null,
                        LocalDate.of(2026, 3, 1),
                        CoupleStatus.ACTIVE,
                        maya.accountId()))
                .coupleId();
        accounts.signInAs(maya.email(), "", Role.COUNSELOR);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aLinkToATabOpensThatTab() {
        UI.getCurrent().navigate(CoupleView.class, couple, QueryParameters.of("tab", "sessions"));

        TabSheet tabs = $(TabSheet.class).single();
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo(UI.getCurrent().getTranslation("couple.tab.sessions"));
    }

    @Test
    void choosingATabPutsItInTheAddressWithoutRebuildingThePage() {
        CoupleView view = navigate("couples/" + couple, CoupleView.class);
        TabSheet tabs = $(TabSheet.class).single();
        assertThat(tabs.getSelectedIndex()).isZero();

        new TabSheetTester<>(tabs).select(UI.getCurrent().getTranslation("couple.tab.homework"));

        assertThat(address()).isEqualTo("couples/" + couple + "?tab=homework");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat($(TabSheet.class).single())
                .as("the same tabs, not a new page")
                .isSameAs(tabs);
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo(UI.getCurrent().getTranslation("couple.tab.homework"));

        navigate("couples/" + couple, CoupleView.class);
        assertThat($(TabSheet.class).single().getSelectedIndex())
                .as("the address without a tab is the Overview")
                .isZero();
    }

    @Test
    void anUnknownTabInTheAddressOpensTheOverview() {
        UI.getCurrent().navigate(CoupleView.class, couple, QueryParameters.of("tab", "nonsense"));

        assertThat($(TabSheet.class).single().getSelectedIndex()).isZero();
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
