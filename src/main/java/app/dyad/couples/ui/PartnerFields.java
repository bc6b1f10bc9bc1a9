package app.dyad.couples.ui;

import app.dyad.couples.PartnerDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of one partner in the admin's "new couple" form. */
class PartnerFields extends Composite<VerticalLayout> {

    final TextField firstName = text("couples.first-name", PartnerDetails.NAME_MAX_LENGTH);
    final TextField lastName = text("couples.last-name", PartnerDetails.NAME_MAX_LENGTH);
    final TextField preferredName = text("couples.preferred-name", PartnerDetails.NAME_MAX_LENGTH);
    final TextField pronouns = text("couples.pronouns", PartnerDetails.PRONOUNS_MAX_LENGTH);
    final EmailField email = new EmailField();
    final TextField phone = text("couples.phone", PartnerDetails.PHONE_MAX_LENGTH);
    final DatePicker dateOfBirth = new DatePicker();

    PartnerFields(String heading, String idPrefix) {
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("couples.email"));
        email.setHelperText(getTranslation("couples.email-help"));
        email.setManualValidation(true);
        email.setWidthFull();
        email.setMaxLength(PartnerDetails.EMAIL_MAX_LENGTH);
        dateOfBirth.setLabel(getTranslation("couples.date-of-birth"));
        dateOfBirth.setManualValidation(true);
        dateOfBirth.setWidthFull();
        fields().forEach((name, field) -> ((Component) field).setId(idPrefix + "-" + name));
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(new H3(heading), firstName, lastName, preferredName, pronouns, email, phone, dateOfBirth);
    }

    private TextField text(String key, int max) {
        TextField field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        field.setManualValidation(true);
        field.setWidthFull();
        return field;
    }

    PartnerDetails value() {
        return new PartnerDetails(
                firstName.getValue(),
                lastName.getValue(),
                preferredName.getValue(),
                pronouns.getValue(),
                email.getValue(),
                phone.getValue(),
                dateOfBirth.getValue());
    }

    /** Field names as the service reports them, for placing its messages. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("preferredName", preferredName);
        fields.put("pronouns", pronouns);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("dateOfBirth", dateOfBirth);
        return fields;
    }
}
