package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.Tell;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * The admin resets a person's two-step sign-in (a lost phone): who, what follows, and why. The reason is required
 * because it is the audit trail's only account of a step that lets someone in with a password alone until they set
 * it up again; the service's refusal appears next to the field.
 */
class TwoStepResetDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button reset = new Button();

    TwoStepResetDialog(AccountAdminService accountAdmin, AccountSummary account, Runnable refresh) {
        String name = account.displayName();
        setHeaderTitle(getTranslation("users.two-step.reset.title", name));
        setWidth("min(32rem, 95vw)");

        reason.setLabel(getTranslation("users.two-step.reset.reason"));
        reason.setPlaceholder(getTranslation("users.two-step.reset.reason-placeholder"));
        reason.setHelperText(getTranslation("users.two-step.reset.reason-helper"));
        reason.setId("two-step-reset-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setMaxLength(AccountAdminService.RESET_REASON_MAX_LENGTH);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("users.two-step.reset.text")), reason);

        reset.setText(getTranslation("users.two-step.reset.submit"));
        reset.setId("two-step-reset-confirm");
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reset.addClickListener(click -> {
            FieldErrors.clear(reason);
            try {
                accountAdmin.resetTwoStep(account.id(), reason.getValue());
                close();
                Tell.done(getTranslation("users.two-step.reset.done", name));
                refresh.run();
            } catch (InvalidInputException refused) {
                FieldErrors.show(this, refused, Map.of("reason", reason));
                if (!refused.fieldErrors().containsKey("reason")) {
                    // not about the reason (reset meanwhile by another admin): the row is out of date
                    close();
                    refresh.run();
                }
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, reset);
    }
}
