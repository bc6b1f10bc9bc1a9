package app.dyad.identity.ui;

import app.dyad.base.ui.Tell;
import app.dyad.identity.AccountAdminService;
import com.vaadin.flow.component.checkbox.Checkbox;

/**
 * The clinic's rule on the accounts page: whether counselors and admins, who can open every note of a caseload, must
 * sign in with a second step. Saved as it is ticked; the service audits each change.
 */
final class StaffTwoStepRule extends Checkbox {

    StaffTwoStepRule(AccountAdminService accountAdmin) {
        super(accountAdmin.twoStepRequiredForStaff());
        setLabel(getTranslation("users.two-step.rule"));
        setHelperText(getTranslation("users.two-step.rule.helper"));
        setId("two-step-required-for-staff");
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                accountAdmin.requireTwoStepForStaff(change.getValue());
                Tell.done(getTranslation(change.getValue() ? "users.two-step.rule.on" : "users.two-step.rule.off"));
            }
        });
    }
}
