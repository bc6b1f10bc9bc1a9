package app.dyad.couples.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleCreated;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.identity.AccountSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The admin opens a case: two partners, the case itself, and its counselor. */
class NewCoupleDialog extends Dialog {

    final PartnerFields partnerOne = new PartnerFields(getTranslation("couples.partner-one"), "p1");
    final PartnerFields partnerTwo = new PartnerFields(getTranslation("couples.partner-two"), "p2");
    final TextField caseName = new TextField(getTranslation("couples.case-name"));
    final DatePicker startedOn = new DatePicker(getTranslation("couples.started-on"));
    final Select<CoupleStatus> status = new Select<>();
    final ComboBox<AccountSummary> counselor = new ComboBox<>(getTranslation("couples.counselor"));

    NewCoupleDialog(CoupleAdminService service, LocalDate today, Consumer<CoupleCreated> created) {
        setHeaderTitle(getTranslation("couples.new.title"));
        setWidth("min(56rem, 98vw)");

        caseName.setHelperText(getTranslation("couples.case-name-help"));
        caseName.setId("case-name");
        caseName.setManualValidation(true);
        caseName.setWidthFull();
        startedOn.setValue(today);
        startedOn.setMin(today.minusYears(NewCouple.EARLIEST_START_YEARS_AGO));
        startedOn.setMax(today);
        startedOn.setId("started-on");
        startedOn.setManualValidation(true);
        status.setLabel(getTranslation("couples.status"));
        status.setItems(CoupleStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("couples.status." + s.name()));
        status.setValue(CoupleStatus.ACTIVE);
        counselor.setItems(service.counselors());
        counselor.setItemLabelGenerator(AccountSummary::displayName);
        counselor.setId("counselor");
        counselor.setManualValidation(true);
        counselor.setRequiredIndicatorVisible(true);
        counselor.setWidthFull();

        VerticalLayout caseFields =
                new VerticalLayout(new H3(getTranslation("couples.case")), caseName, startedOn, status, counselor);
        caseFields.setPadding(false);
        caseFields.setSpacing(false);

        FlexLayout columns = new FlexLayout(partnerOne, partnerTwo, caseFields);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.addClassName("dyad-columns");
        add(columns);

        Button create = new Button(getTranslation("couples.new.submit"));
        create.setId("create-couple");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            Map<String, HasValidation> fields = fields();
            FieldErrors.clear(fields.values());
            try {
                CoupleCreated result = service.createCouple(new NewCouple(
                        partnerOne.value(),
                        partnerTwo.value(),
                        caseName.getValue(),
                        startedOn.getValue(),
                        status.getValue(),
                        counselor.getValue() == null
                                ? null
                                : counselor.getValue().id()));
                close();
                created.accept(result);
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, fields);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        partnerOne.fields().forEach((name, field) -> fields.put("partnerOne." + name, field));
        partnerTwo.fields().forEach((name, field) -> fields.put("partnerTwo." + name, field));
        fields.put("caseName", caseName);
        fields.put("startedOn", startedOn);
        fields.put("status", status);
        fields.put("counselorId", counselor);
        return fields;
    }
}
