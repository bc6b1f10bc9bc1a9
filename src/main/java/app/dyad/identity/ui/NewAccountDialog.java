package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.InvitationSent;
import app.dyad.identity.NewAccount;
import app.dyad.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/** The admin opens an account: name, email, role. Messages appear next to the field they concern. */
class NewAccountDialog extends Dialog {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();

    NewAccountDialog(AccountAdminService accountAdmin, Consumer<InvitationSent> created) {
        setHeaderTitle(getTranslation("users.new.title"));
        setWidth("min(32rem, 95vw)");

        name.setLabel(getTranslation("users.name"));
        name.setId("new-user-name");
        name.setManualValidation(true);
        name.setMaxLength(NewAccount.DISPLAY_NAME_MAX_LENGTH);
        email.setLabel(getTranslation("users.email"));
        email.setMaxLength(NewAccount.EMAIL_MAX_LENGTH);
        email.setId("new-user-email");
        email.setManualValidation(true);
        role.setLabel(getTranslation("users.role"));
        role.setId("new-user-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));

        name.setWidthFull();
        email.setWidthFull();
        role.setWidthFull();
        VerticalLayout form = new VerticalLayout(name, email, role);
        form.setPadding(false);
        add(form);

        Button create = new Button(getTranslation("users.new.submit"));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            FieldErrors.clear(name, email, role);
            try {
                InvitationSent sent =
                        accountAdmin.createAccount(new NewAccount(name.getValue(), email.getValue(), role.getValue()));
                close();
                created.accept(sent);
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("displayName", name, "email", email, "role", role));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, create);
    }
}
