package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.CardPage;
import app.dyad.base.ui.FieldErrors;
import app.dyad.identity.ForgottenPasswordService;
import app.dyad.identity.NewAccount;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * "Forgot your password?": one email field, and one answer whatever the address, so the page never tells whether
 * someone is a client of the practice. The link, if any, goes to that address only.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends CardPage implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();

    public ForgotPasswordView(ForgottenPasswordService forgotten) {
        email.setLabel(getTranslation("forgot.email"));
        email.setId("forgot-email");
        email.setManualValidation(true);
        email.setMaxLength(NewAccount.EMAIL_MAX_LENGTH);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        send.setText(getTranslation("forgot.submit"));
        send.setId("send-reset-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> {
            FieldErrors.clear(email);
            try {
                forgotten.requestReset(email.getValue());
                answered();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("email", email));
            }
        });
        card.add(
                new H1(getTranslation("forgot.title")),
                new Paragraph(getTranslation("forgot.intro")),
                email,
                send,
                signIn());
    }

    /** The same words for every address: whether it is an account is nobody's business here. */
    private void answered() {
        card.removeAll();
        Paragraph answer = new Paragraph(getTranslation("forgot.answer"));
        answer.setId("forgot-answer");
        card.add(new H1(getTranslation("forgot.title")), answer, signIn());
    }

    private Anchor signIn() {
        return new Anchor("login", getTranslation("forgot.back-to-sign-in"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.page-title");
    }
}
