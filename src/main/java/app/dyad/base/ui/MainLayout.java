package app.dyad.base.ui;

import app.dyad.base.DisplayNamed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every signed-in page: app name, the navigation this role may open (from {@code @Menu}
 * and the views' access annotations, so the layout knows no feature), who is signed in, sign out.
 * Every page gets its structure from here, so no view has to remember it: a skip link first, the page's title
 * as its one h1, and the view inside the main landmark.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String FOCUS_MAIN_ON_CLICK = """
            this.addEventListener('click', event => {
              event.preventDefault();
              const main = document.getElementById($0);
              main.focus();
              main.scrollIntoView({block: 'start'});
            });""";

    private final SideNav navigation = new SideNav();
    private final H1 pageTitle = new H1();
    private final Main main = new Main();
    private @Nullable Component view;

    public MainLayout(AuthenticationContext authenticationContext, List<LayoutAddition> additions) {
        addClassName("dyad-layout");
        setPrimarySection(Section.DRAWER);
        main.setId(MainContent.ID);
        main.addClassName("dyad-main");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("dyad-app-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("dyad-tagline");
        Div brand = new Div(appName, tagline);
        brand.addClassName("dyad-brand");

        navigation.addClassName("dyad-navigation");
        navigation.setLabel(getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(navItem(entry)));

        VerticalLayout drawer = new VerticalLayout(brand, navigation, signedInBox(authenticationContext));
        drawer.addClassName("dyad-drawer");
        drawer.setSizeFull();
        drawer.setPadding(false);
        drawer.setSpacing(false);
        drawer.expand(navigation);
        addToDrawer(drawer);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        pageTitle.addClassName("dyad-page-title");
        HorizontalLayout navbar = new HorizontalLayout(skipLink(), toggle, pageTitle);
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassName("dyad-navbar");
        navbar.expand(pageTitle);
        additions.forEach(addition -> addition.navbarItem().ifPresent(navbar::add));
        addToNavbar(true, navbar);
    }

    private SideNavItem navItem(MenuEntry entry) {
        String label = getTranslation(entry.title());
        SideNavItem item = entry.icon() == null || entry.icon().isBlank()
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
        item.setMatchNested(true);
        MenuCovers covers = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(MenuCovers.class);
        if (covers != null) {
            item.setPathAliases(Set.of(covers.value()));
        }
        return item;
    }

    /**
     * The first thing the keyboard reaches: moves focus into the main landmark, past the menu. The click is handled
     * in the browser, as the router would resolve a bare "#main-content" against the page's base address.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MainContent.ID, getTranslation("layout.skip-to-content"));
        skip.addClassName("dyad-skip-link");
        skip.setId("skip-to-content");
        skip.getElement().executeJs(FOCUS_MAIN_ON_CLICK, MainContent.ID);
        return skip;
    }

    private Component signedInBox(AuthenticationContext authenticationContext) {
        String name = authenticationContext.getPrincipalName().orElse("");
        Span signedInAs = new Span(getTranslation("layout.signed-in-as"));
        signedInAs.addClassName("dyad-muted");
        Span user = new Span(displayName(authenticationContext, name));
        user.addClassName("dyad-user-name");
        Button signOut = new Button(
                getTranslation("layout.sign-out"),
                VaadinIcon.SIGN_OUT.create(),
                click -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        VerticalLayout box = new VerticalLayout(signedInAs, user, signOut);
        box.addClassName("dyad-user-box");
        box.setSpacing(false);
        return box;
    }

    private static String displayName(AuthenticationContext context, String fallback) {
        // any principal, then its kind: Vaadin's typed lookup casts, and someone between the two steps of signing in
        // has a principal that is not a person yet (an error page in this frame must still show)
        return context.getAuthenticatedUser(Object.class)
                .filter(DisplayNamed.class::isInstance)
                .map(principal -> ((DisplayNamed) principal).displayName())
                .orElse(fallback);
    }

    /** The view goes inside the main landmark rather than straight into the layout's content area. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        view = content == null ? null : content.getElement().getComponent().orElse(null);
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
        view = null;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title =
                view == null ? null : MenuConfiguration.getPageHeader(view).orElse(null);
        pageTitle.setText(title == null ? getTranslation("app.name") : title);
    }
}
