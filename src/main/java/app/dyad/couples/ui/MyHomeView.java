package app.dyad.couples.ui;

import app.dyad.identity.CurrentUser;
import app.dyad.identity.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A partner's home, designed for a phone first. Exercises and sessions arrive with later features. */
@Route("my")
@RolesAllowed(Role.CLIENT_NAME)
@Menu(title = "menu.my", order = 30, icon = "vaadin:home")
public class MyHomeView extends VerticalLayout implements HasDynamicTitle {

    public MyHomeView(CurrentUser currentUser) {
        addClassName("dyad-page");
        var icon = VaadinIcon.HEART_O.create();
        icon.addClassName("dyad-empty-icon");
        VerticalLayout welcome = new VerticalLayout(icon,
                new H2(getTranslation("my.greeting", currentUser.require().displayName())),
                new Paragraph(getTranslation("my.empty")));
        welcome.addClassName("dyad-empty-state");
        welcome.setAlignItems(Alignment.CENTER);
        add(welcome);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.title");
    }
}
