package app.dyad.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** A calm "page not found" that lists no routes, whatever the mode. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends RouteNotFoundError implements HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        VerticalLayout content = new VerticalLayout(
                new H2(getTranslation("notfound.title")),
                new Paragraph(getTranslation("notfound.text")),
                new Anchor("", getTranslation("denied.home")));
        content.setAlignItems(VerticalLayout.Alignment.CENTER);
        content.addClassName("dyad-page");
        getElement().appendChild(content.getElement());
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title");
    }
}
