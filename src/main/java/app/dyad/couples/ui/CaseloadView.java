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

/** The counselor's home. Couples arrive with the couples feature; until then it says so plainly. */
@Route("caseload")
@RolesAllowed(Role.COUNSELOR_NAME)
@Menu(title = "menu.caseload", order = 20, icon = "vaadin:group")
public class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    public CaseloadView(CurrentUser currentUser) {
        addClassName("dyad-page");
        var icon = VaadinIcon.GROUP.create();
        icon.addClassName("dyad-empty-icon");
        VerticalLayout empty = new VerticalLayout(icon,
                new H2(getTranslation("caseload.greeting", currentUser.require().displayName())),
                new Paragraph(getTranslation("caseload.empty")));
        empty.addClassName("dyad-empty-state");
        empty.setAlignItems(Alignment.CENTER);
        add(empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.title");
    }
}
