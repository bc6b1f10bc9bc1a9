package app.dyad.couples.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.couples.MyContactEdit;
import app.dyad.couples.MyCouple;
import app.dyad.couples.MySpace;
import app.dyad.couples.PartnerDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** A partner's own contact details; changing the email (their sign-in) needs their password. */
class MyDetailsSection extends VerticalLayout {

    private MySpace space;

    MyDetailsSection(MyCouple service, MySpace initial) {
        this.space = initial;
        addClassName("dyad-section");
        var me = initial.me().details();
        TextField preferredName = field(
                "couples.preferred-name", me.preferredName(), "my-preferred-name", PartnerDetails.NAME_MAX_LENGTH);
        TextField pronouns =
                field("couples.pronouns", me.pronouns(), "my-pronouns", PartnerDetails.PRONOUNS_MAX_LENGTH);
        TextField phone = field("couples.phone", me.phone(), "my-phone", PartnerDetails.PHONE_MAX_LENGTH);
        Button save = OverviewTab.primary(new Button(
                getTranslation("action.save"),
                click -> SaveAndTell.save(
                        this,
                        Map.of("preferredName", preferredName, "pronouns", pronouns, "phone", phone),
                        () -> space = service.updateMyContact(new MyContactEdit(
                                space.me().version(),
                                preferredName.getValue(),
                                pronouns.getValue(),
                                phone.getValue())))));
        save.setId("save-my-details");

        EmailField email = new EmailField(getTranslation("couples.email"));
        email.setMaxLength(PartnerDetails.EMAIL_MAX_LENGTH);
        email.setValue(me.email() == null ? "" : me.email());
        email.setWidthFull();
        email.setManualValidation(true);
        email.setId("my-email");
        PasswordField password = new PasswordField(getTranslation("my.email-password"));
        password.setWidthFull();
        password.setManualValidation(true);
        password.setId("my-email-password");
        Button changeEmail = new Button(getTranslation("my.change-email"), click -> {
            FieldErrors.clear(email, password);
            try {
                service.changeMyEmail(email.getValue(), password.getValue());
                password.clear();
                // nothing changed yet: the address changes when the link mailed to it is used
                email.setValue(
                        space.me().details().email() == null
                                ? ""
                                : space.me().details().email());
                Notification.show(getTranslation("email-change.requested"), 10000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("email", email, "password", password));
            }
        });
        changeEmail.setId("change-my-email");
        Details emailBox =
                new Details(getTranslation("my.email-section"), new VerticalLayout(email, password, changeEmail));
        emailBox.setWidthFull();

        add(new H3(getTranslation("my.details")), preferredName, pronouns, phone, save, emailBox);
    }

    private TextField field(String labelKey, String value, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setValue(value == null ? "" : value);
        field.setWidthFull();
        field.setManualValidation(true);
        field.setId(id);
        return field;
    }
}
