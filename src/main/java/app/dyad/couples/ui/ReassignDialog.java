package app.dyad.couples.ui;

import app.dyad.couples.AdminCoupleRow;
import app.dyad.identity.AccountSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;

/** The admin gives a case to another counselor, starting from the one who counsels the couple now. */
class ReassignDialog extends Dialog {

    final ComboBox<AccountSummary> counselor = new ComboBox<>();

    ReassignDialog(AdminCoupleRow row, List<AccountSummary> counselors, Consumer<AccountSummary> chosen) {
        setHeaderTitle(getTranslation("couples.reassign.title", row.caseName()));
        setWidth("min(28rem, 95vw)");
        counselor.setLabel(getTranslation("couples.counselor"));
        counselor.setItems(counselors);
        counselor.setItemLabelGenerator(AccountSummary::displayName);
        // start from who counsels them now: the admin sees the current state and changes only what they mean to
        counselors.stream()
                .filter(candidate -> candidate.id() == row.counselorId())
                .findFirst()
                .ifPresent(counselor::setValue);
        counselor.setId("reassign-counselor");
        counselor.setWidthFull();
        add(counselor);
        Button save = new Button(getTranslation("couples.reassign.submit"), click -> {
            if (counselor.getValue() == null) {
                counselor.setErrorMessage(getTranslation("validation.required"));
                counselor.setInvalid(true);
                return;
            }
            close();
            chosen.accept(counselor.getValue());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reassign-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
