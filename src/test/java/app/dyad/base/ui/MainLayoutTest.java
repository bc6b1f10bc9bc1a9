package app.dyad.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.couples.ui.MyHomeView;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInAs;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

@DyadSpringTest
class MainLayoutTest extends SpringBrowserlessTest {

    private List<String> menu() {
        navigate("account", Component.class);
        return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void adminSeesAccountsCouplesAuditAndOwnAccountOnly() {
        // tests run the in-app mail server, as the demo does: so the demo's Outbox is on the menu (never in production)
        assertThat(menu()).containsExactly("admin/users", "admin/couples", "admin/audit", "admin/outbox", "account");
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void counselorSeesCaseloadAgendaLibraryAndOwnAccountOnly() {
        assertThat(menu()).containsExactly("caseload", "sessions", "co-sign", "library", "account");
    }

    @Test
    @SignedInAs(Role.CLIENT)
    void clientSeesTheirSpaceAndOwnAccountOnly() {
        assertThat(menu()).containsExactly("my", "account");
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void theLayoutShowsWhoIsSignedIn() {
        navigate("account", Component.class);
        assertThat($(Span.class).withClassName("dyad-user-name").single().getText())
                .isEqualTo("Test counselor");
    }

    @Test
    @SignedInAs(Role.CLIENT)
    void aSignOutButtonIsOnEveryPageOfTheLayout() {
        for (String page : List.of("", "my", "account")) {
            navigate(page, Component.class);
            assertThat($(Button.class).id("sign-out").getText()).as(page).isEqualTo("Sign out");
        }
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void thePageIsInsideTheOneMainLandmark() {
        navigate("account", Component.class);
        Main main = $(Main.class).single();
        assertThat(main.getId()).contains(MainContent.ID);
        assertThat(getCurrentView().getElement().getParent()).isEqualTo(main.getElement());
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void thePageTitleIsThePagesOneH1() {
        for (String page : List.of("account", "caseload", "no-such-page")) {
            navigate(page, Component.class);
            assertThat($(H1.class).all()).as(page).hasSize(1);
        }
        navigate("account", Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("My account");
    }

    @Test
    @SignedInAs(Role.CLIENT)
    void aSkipLinkToTheMainContentComesBeforeEverythingElse() {
        navigate("my", Component.class);
        Anchor skip = $(Anchor.class).id("skip-to-content");
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getHref()).isEqualTo("#" + MainContent.ID);
        Component navbar = skip.getParent().orElseThrow();
        assertThat(navbar.getChildren().findFirst()).contains(skip);
        assertThat(navbar.getElement().getAttribute("slot")).isEqualTo("navbar touch-optimized");
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void theCaseloadStaysHighlightedOnACouplesPage() {
        navigate("caseload", Component.class);
        SideNavItem caseload = $(SideNavItem.class).all().stream()
                .filter(item -> "caseload".equals(item.getPath()))
                .findFirst()
                .orElseThrow();
        assertThat(caseload.isMatchNested()).isTrue();
        assertThat(caseload.getPathAliases()).containsExactly("couples");
    }

    @Test
    @SignedInAs(Role.CLIENT)
    void theRootSendsEachRoleHome() {
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(MyHomeView.class);
    }
}
