package app.dyad.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown when a service refuses what a page asked for (a record the person may not see, or one that does not exist —
 * the same answer for both). The service has already audited the refusal; the page shows
 * nothing of what was asked for, and never a stack trace.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAvailableView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassNames("dyad-page", "dyad-access-denied");
        setId("not-available");
        setAlignItems(Alignment.CENTER);
        var icon = VaadinIcon.LOCK.create();
        icon.addClassName("dyad-muted");
        add(
                icon,
                new H2(getTranslation("unavailable.title")),
                new Paragraph(getTranslation("unavailable.text")),
                new Anchor("", getTranslation("denied.home")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unavailable.title");
    }
}
