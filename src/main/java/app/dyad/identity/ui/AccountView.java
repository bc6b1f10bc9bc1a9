package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.identity.ChangePassword;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.MyAccountService;
import app.dyad.identity.MyReminders;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TwoStepService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * Everyone's own account: who they are signed in as, changing their password, two-step sign-in and their sign-in
 * email.
 */
@Route("account")
@PermitAll
@Menu(title = "menu.account", order = 90, icon = "vaadin:user")
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    public AccountView(
            MyAccountService myAccount, CurrentUser currentUser, MyReminders reminders, TwoStepService twoStep) {
        addClassName("dyad-page");
        SignedInUser me = currentUser.require();

        Paragraph who = new Paragraph(getTranslation(
                "account.signed-in-as",
                me.displayName(),
                me.email(),
                getTranslation("role." + me.role().name())));

        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        current.setManualValidation(true);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        NewPasswordFields fresh = new NewPasswordFields();

        Button save = new Button(getTranslation("account.change-password"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");
        save.addClickListener(click -> {
            FieldErrors.clear(current, fresh.newPassword, fresh.repeatedPassword);
            try {
                myAccount.changePassword(new ChangePassword(
                        current.getValue(), fresh.newPassword.getValue(), fresh.repeatedPassword.getValue()));
                current.clear();
                fresh.clear();
                Notification.show(getTranslation("account.password-changed"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                FieldErrors.show(
                        this,
                        invalid,
                        Map.of(
                                "currentPassword",
                                current,
                                "newPassword",
                                fresh.newPassword,
                                "repeatedPassword",
                                fresh.repeatedPassword));
            }
        });

        VerticalLayout form =
                new VerticalLayout(new H2(getTranslation("account.password-section")), current, fresh, save);
        form.addClassName("dyad-card");
        form.setPadding(true);
        current.setWidthFull();
        add(who, form, new TwoStepSection(twoStep), new EmailChangeSection(myAccount));
        // the last section: reminders by e-mail (its own component)
        RemindersSection.of(reminders).ifPresent(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
