package app.dyad.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.couples.ui.MyHomeView;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInAs;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
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
        assertThat(menu()).containsExactly("admin/users", "admin/couples", "admin/audit", "account");
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void counselorSeesCaseloadAgendaLibraryAndOwnAccountOnly() {
        assertThat(menu()).containsExactly("caseload", "sessions", "library", "account");
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
    @SignedInAs(Role.CLIENT)
    void theRootSendsEachRoleHome() {
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(MyHomeView.class);
    }
}
