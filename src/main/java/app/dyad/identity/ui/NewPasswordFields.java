package app.dyad.identity.ui;

import app.dyad.base.ui.FieldErrors;
import app.dyad.identity.ChangePassword;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/** The "new password" and "repeat it" pair, with the policy spelled out where people read it. */
class NewPasswordFields extends Composite<VerticalLayout> {

    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatedPassword = new PasswordField();

    NewPasswordFields() {
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rules"));
        newPassword.setId("new-password");
        newPassword.setManualValidation(true);
        newPassword.setMaxLength(ChangePassword.PASSWORD_MAX_LENGTH);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeatedPassword.setLabel(getTranslation("password.repeat"));
        repeatedPassword.setId("repeat-password");
        repeatedPassword.setManualValidation(true);
        repeatedPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setWidthFull();
        repeatedPassword.setWidthFull();
        getContent().add(newPassword, repeatedPassword);
        getContent().setPadding(false);
    }

    void clear() {
        newPassword.clear();
        repeatedPassword.clear();
        FieldErrors.clear(newPassword, repeatedPassword);
    }
}
