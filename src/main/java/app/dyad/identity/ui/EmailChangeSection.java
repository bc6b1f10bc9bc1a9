package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.identity.MyAccountService;
import app.dyad.identity.NewAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/**
 * Asking to change one's sign-in address, with one's password. The answer is the same whether or not the address is
 * taken, and nothing changes until the link mailed to the new address is used.
 */
class EmailChangeSection extends VerticalLayout {

    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Button request = new Button();

    EmailChangeSection(MyAccountService myAccount) {
        addClassName("dyad-card");
        setPadding(true);
        email.setLabel(getTranslation("email-change.new-address"));
        email.setId("new-sign-in-email");
        email.setMaxLength(NewAccount.EMAIL_MAX_LENGTH);
        email.setManualValidation(true);
        email.setWidthFull();
        password.setLabel(getTranslation("password.current"));
        password.setId("email-change-password");
        password.setManualValidation(true);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        request.setText(getTranslation("email-change.request"));
        request.setId("request-email-change");
        request.addClickListener(click -> {
            FieldErrors.clear(email, password);
            try {
                myAccount.requestEmailChange(
                        email.getValue(), myAccount.confirmOwnPassword(password.getValue(), "password"));
                email.clear();
                password.clear();
                Notification.show(getTranslation("email-change.requested"), 10000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("email", email, "password", password));
            }
        });
        add(new H2(getTranslation("email-change.section")), email, password, request);
    }
}
