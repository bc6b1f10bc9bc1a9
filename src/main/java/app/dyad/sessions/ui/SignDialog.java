package app.dyad.sessions.ui;

import app.dyad.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Signing asks for the counselor's password again, so a note is signed by the person at the keyboard. A wrong
 * password is said next to the field (and only then is the field emptied). A refusal of a field outside the dialog
 * (the addendum's text) closes it and is said next to that field; any other (an empty note, a session not yet held)
 * above the password, which is kept.
 */
class SignDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Div problem = new Div();

    SignDialog(String title, String explanation, Consumer<String> sign) {
        this(title, explanation, sign, Map.of());
    }

    /** {@code outside}: the fields being signed, by the name the service gives them in a refusal. */
    SignDialog(String title, String explanation, Consumer<String> sign, Map<String, HasValidation> outside) {
        setHeaderTitle(title);
        setWidth("min(28rem, 98vw)");
        password.setLabel(getTranslation("note.sign.password"));
        password.setWidthFull();
        password.setId("sign-password");
        problem.addClassNames("dyad-status", "dyad-status-error");
        problem.setVisible(false);
        add(new Paragraph(explanation), problem, password);
        Button confirm = new Button(getTranslation("note.sign.confirm"), click -> {
            password.setInvalid(false);
            problem.setVisible(false);
            try {
                sign.accept(password.getValue());
                close();
            } catch (InvalidInputException refused) {
                if (refused.fieldErrors().containsKey("password")) {
                    password.clear(); // before marking it: clearing re-runs the field's own validation
                }
                refused.fieldErrors().forEach((field, message) -> {
                    String text = getTranslation(message.key(), message.args());
                    HasValidation elsewhere = outside.get(field);
                    if (field.equals("password")) {
                        password.setErrorMessage(text);
                        password.setInvalid(true);
                    } else if (elsewhere != null) {
                        elsewhere.setErrorMessage(text);
                        elsewhere.setInvalid(true);
                        close(); // to correct it, the person needs the field the dialog covers
                    } else {
                        problem.setText(text);
                        problem.setVisible(true);
                    }
                });
                password.focus();
                click.getSource().setEnabled(true); // disabled by the click; corrected and retried
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setId("sign-confirm");
        confirm.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        addOpenedChangeListener(e -> password.focus());
    }
}
