package app.dyad.identity.ui;

import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;

/** How a field for a sign-in code behaves: a phone offers digits, and the browser may fill in a code it knows. */
final class CodeFields {

    /** Long enough for a recovery code typed with its dash and a space or two. */
    static final int MAX_LENGTH = 16;

    private CodeFields() {}

    static void forAuthenticatorCode(TextField field) {
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "numeric");
        field.setMaxLength(MAX_LENGTH);
        field.setManualValidation(true);
        field.setAutofocus(true);
        field.setWidthFull();
    }

    /** A recovery code has letters: the phone's full keyboard, and no code filled in by the browser. */
    static void forRecoveryCode(TextField field) {
        field.getElement().setAttribute("autocomplete", "off");
        field.getElement().setAttribute("inputmode", "text");
        field.setAutocapitalize(Autocapitalize.NONE);
        field.setAutocorrect(false);
    }
}
