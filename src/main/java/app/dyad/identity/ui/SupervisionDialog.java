package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.Tell;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;

/**
 * The admin's supervision settings of a counselor: whether they may co-sign others' notes, and whose co-signature
 * their own notes need from now on. The admin sets who supervises whom and never reads a note.
 */
class SupervisionDialog extends Dialog {

    final Checkbox supervisor = new Checkbox();
    final ComboBox<AccountSummary> supervisedBy = new ComboBox<>();

    SupervisionDialog(AccountAdminService accountAdmin, AccountSummary counselor, Runnable refresh) {
        String name = counselor.displayName();
        setHeaderTitle(getTranslation("users.supervision.title", name));
        setWidth("min(32rem, 95vw)");

        supervisor.setLabel(getTranslation("users.supervision.supervisor"));
        supervisor.setValue(counselor.supervisor());
        supervisor.setId("supervision-supervisor");

        List<AccountSummary> supervisors = accountAdmin.supervisors().stream()
                .filter(s -> s.id() != counselor.id())
                .toList();
        supervisedBy.setLabel(getTranslation("users.supervision.co-signed-by"));
        supervisedBy.setHelperText(getTranslation("users.supervision.co-signed-by-helper"));
        supervisedBy.setItems(supervisors);
        supervisedBy.setItemLabelGenerator(AccountSummary::displayName);
        supervisedBy.setClearButtonVisible(true);
        supervisedBy.setWidthFull();
        supervisedBy.setId("supervision-supervised-by");
        supervisors.stream()
                .filter(s -> counselor.supervisorId() != null && s.id() == counselor.supervisorId())
                .findFirst()
                .ifPresent(supervisedBy::setValue);
        add(new Paragraph(getTranslation("users.supervision.text", name)), supervisor, supervisedBy);

        Button save = new Button(getTranslation("users.supervision.save"), click -> {
            FieldErrors.clear(supervisedBy);
            try {
                AccountSummary chosen = supervisedBy.getValue();
                accountAdmin.setSupervision(counselor.id(), supervisor.getValue(), chosen == null ? null : chosen.id());
                close();
                Tell.done(getTranslation("users.supervision.saved", name));
                refresh.run();
            } catch (InvalidInputException refused) {
                FieldErrors.show(this, refused, Map.of("supervisorId", supervisedBy));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("supervision-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
