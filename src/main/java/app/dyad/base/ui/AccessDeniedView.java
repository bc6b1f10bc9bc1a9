package app.dyad.base.ui;

import app.dyad.base.AccessDeniedShown;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.springframework.context.ApplicationEventPublisher;

/** Shown instead of a page the signed-in role may not open; the page itself is never built. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final transient ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        events.publishEvent(new AccessDeniedShown("/" + event.getLocation().getPath()));
        addClassName("dyad-page");
        addClassName("dyad-access-denied");
        setAlignItems(Alignment.CENTER);
        var icon = VaadinIcon.LOCK.create();
        icon.addClassName("dyad-muted");
        Anchor home = new Anchor("", getTranslation("denied.home"));
        add(icon, new H2(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text")), home);
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denied.page-title");
    }
}
