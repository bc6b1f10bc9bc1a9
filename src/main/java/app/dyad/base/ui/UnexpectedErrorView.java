package app.dyad.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open for an unexpected reason. Replaces Vaadin's {@link InternalServerError} (by extending
 * it, Vaadin's rule for overriding a built-in error view), because that one logs the page's address, and an
 * address such as {@code invitation/<token>} is a one-time credential. Here the log gets a reference and the stack
 * trace, never the address; the visitor gets the reference and nothing of the exception. More specific error views
 * ({@link NotFoundView}, {@link AccessDeniedView}, {@link NotAvailableView}) keep winning for their exceptions.
 *
 * <p>Open to anonymous visitors, since the invitation page is; it shows no data. It has no parent layout: the
 * main layout is the signed-in frame, and this page must stand on its own for anyone.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends InternalServerError implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = FriendlyErrorHandler.newReference();
        log.error("A page failed to open, reference {}", reference, parameter.getCaughtException());
        getElement().removeAllChildren();
        Div card = new Div(
                new H1(getTranslation("error.title")),
                new Paragraph(getTranslation("error.unexpected", reference)),
                new Anchor("", getTranslation("denied.home")));
        card.addClassName("dyad-card");
        VerticalLayout content = new VerticalLayout(card);
        content.addClassName("dyad-login");
        MainContent.mark(content);
        content.setSizeFull();
        content.setAlignItems(VerticalLayout.Alignment.CENTER);
        content.setJustifyContentMode(VerticalLayout.JustifyContentMode.CENTER);
        getElement().appendChild(content.getElement());
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
