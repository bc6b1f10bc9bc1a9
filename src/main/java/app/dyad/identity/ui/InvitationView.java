package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.CardPage;
import app.dyad.base.ui.FieldErrors;
import app.dyad.identity.InvitationDetails;
import app.dyad.identity.InvitationNotValidException;
import app.dyad.identity.InvitationService;
import com.vaadin.flow.component.Key;
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
import java.util.Map;

/** A one-time link from an invitation or a reset mail: the person sets their password, then signs in. */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends CardPage implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationService invitations;
    private String token = "";

    public InvitationView(InvitationService invitations) {
        this.invitations = invitations;
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
                signInNow(invitation.email(), fields, save);
            } catch (InvalidInputException invalid) {
                FieldErrors.show(
                        this,
                        invalid,
                        Map.of("newPassword", fields.newPassword, "repeatedPassword", fields.repeatedPassword));
            } catch (InvitationNotValidException expired) {
                showInvalid();
            }
        });
        // a reset replaces a password the person knew; an invitation sets their first
        H1 title = new H1(
                invitation.reset()
                        ? getTranslation("invitation.reset.title", invitation.displayName())
                        : getTranslation("invitation.title", invitation.displayName()));
        Paragraph intro = new Paragraph(
                invitation.reset()
                        ? getTranslation("invitation.reset.intro", invitation.email())
                        : getTranslation("invitation.intro", invitation.email()));
        card.add(title, intro, fields, save);
    }

    /**
     * The password is set: sign the person in straight away, through the ordinary sign-in (Spring Security's form
     * post with this page's CSRF token), so the same throttling, audit, new session id and session lifetime apply.
     * The password goes from the field to that post and nowhere else. Should the browser not go, the card says the
     * password is set and links to sign-in.
     */
    private void signInNow(String email, NewPasswordFields fields, Button save) {
        save.setEnabled(false);
        fields.repeatedPassword.setReadOnly(true);
        Paragraph signingIn = new Paragraph(getTranslation("invitation.signing-in"));
        signingIn.setId("signing-in");
        Anchor signIn = new Anchor("login", getTranslation("invitation.sign-in"));
        card.add(signingIn, signIn);
        fields.newPassword.getElement().executeJs("""
                        const meta = name => document.querySelector('meta[name="' + name + '"]');
                        const form = document.createElement('form');
                        form.method = 'POST';
                        form.action = 'login';
                        form.hidden = true;
                        const add = (name, value) => {
                            const input = document.createElement('input');
                            input.type = 'hidden';
                            input.name = name;
                            input.value = value;
                            form.appendChild(input);
                        };
                        add('username', $0);
                        add('password', this.value);
                        if (meta('_csrf') && meta('_csrf_parameter')) {
                            add(meta('_csrf_parameter').content, meta('_csrf').content);
                        }
                        document.body.appendChild(form);
                        form.submit();
                        """, email);
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
