package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.CardPage;
import app.dyad.identity.EmailChangeDetails;
import app.dyad.identity.EmailChangeService;
import app.dyad.identity.InvitationNotValidException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The link mailed to a new sign-in address. Opening it changes nothing (mail scanners open links): the person clicks
 * "Confirm new address", and only then does the address change.
 */
@Route(value = "email-change", autoLayout = false)
@AnonymousAllowed
public class EmailChangeView extends CardPage implements HasUrlParameter<String>, HasDynamicTitle {

    private final EmailChangeService emailChanges;
    private String token = "";

    public EmailChangeView(EmailChangeService emailChanges) {
        this.emailChanges = emailChanges;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        emailChanges.findEmailChange(token).ifPresentOrElse(this::showConfirm, this::showInvalid);
    }

    private void showConfirm(EmailChangeDetails change) {
        card.removeAll();
        Button confirm = new Button(getTranslation("email-change.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-email-change");
        Paragraph problem = new Paragraph();
        problem.setId("email-change-problem");
        problem.getStyle().set("color", "var(--dyad-error)");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        confirm.addClickListener(click -> {
            try {
                showDone(emailChanges.confirmEmailChange(token));
            } catch (InvalidInputException taken) {
                problem.setText(getTranslation("email-change.taken"));
                problem.setVisible(true);
            } catch (InvitationNotValidException expired) {
                showInvalid();
            }
        });
        card.add(
                new H1(getTranslation("email-change.title")),
                new Paragraph(getTranslation("email-change.intro", change.newEmail())),
                problem,
                confirm);
    }

    private void showDone(String newEmail) {
        card.removeAll();
        Paragraph done = new Paragraph(getTranslation("email-change.done", newEmail));
        done.setId("email-change-done");
        card.add(new H1(getTranslation("email-change.title")), done, signIn());
    }

    private void showInvalid() {
        card.removeAll();
        card.add(
                new H1(getTranslation("email-change.invalid.title")),
                new Paragraph(getTranslation("email-change.invalid.text")),
                signIn());
    }

    private Anchor signIn() {
        return new Anchor("login", getTranslation("invitation.sign-in"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email-change.page-title");
    }
}
