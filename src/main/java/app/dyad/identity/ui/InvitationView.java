package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.MainContent;
import app.dyad.identity.InvitationDetails;
import app.dyad.identity.InvitationNotValidException;
import app.dyad.identity.InvitationService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** A one-time invitation link: the person sets their password, then signs in. */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationService invitations;
    private final Div card = new Div();
    private String token = "";

    public InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("dyad-login");
        MainContent.mark(this);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassName("dyad-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        invitations.findInvitation(token).ifPresentOrElse(this::showForm, this::showInvalid);
    }

    private void showForm(InvitationDetails invitation) {
        card.removeAll();
        NewPasswordFields fields = new NewPasswordFields();
        Button save = new Button(getTranslation("invitation.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("set-password");
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            FieldErrors.clear(fields.newPassword, fields.repeatedPassword);
            try {
                invitations.acceptInvitation(token, fields.newPassword.getValue(), fields.repeatedPassword.getValue());
                showDone();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(
                        this,
                        invalid,
                        Map.of("newPassword", fields.newPassword, "repeatedPassword", fields.repeatedPassword));
            } catch (InvitationNotValidException expired) {
                showInvalid();
            }
        });
        card.add(
                new H1(getTranslation("invitation.title", invitation.displayName())),
                new Paragraph(getTranslation("invitation.intro", invitation.email())),
                fields,
                save);
    }

    private void showDone() {
        card.removeAll();
        Anchor signIn = new Anchor("login", getTranslation("invitation.sign-in"));
        signIn.setId("go-sign-in");
        card.add(
                new H1(getTranslation("invitation.done.title")),
                new Paragraph(getTranslation("invitation.done.text")),
                signIn);
    }

    private void showInvalid() {
        card.removeAll();
        Anchor signIn = new Anchor("login", getTranslation("invitation.sign-in"));
        card.add(
                new H1(getTranslation("invitation.invalid.title")),
                new Paragraph(getTranslation("invitation.invalid.text")),
                signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.page-title");
    }
}
