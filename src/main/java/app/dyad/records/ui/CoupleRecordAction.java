package app.dyad.records.ui;

import app.dyad.couples.spi.ui.CaseAction;
import app.dyad.records.CoupleRecord;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The couple page's "Record…" button, which opens the export dialog. */
@SpringComponent
class CoupleRecordAction implements CaseAction {

    private final CoupleRecord coupleRecord;

    CoupleRecordAction(CoupleRecord coupleRecord) {
        this.coupleRecord = coupleRecord;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(long coupleId) {
        Button open = new Button(VaadinIcon.ARCHIVE.create());
        open.setText(open.getTranslation("records.couple.open"));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setId("couple-record");
        open.addClickListener(click -> new CoupleRecordDialog(coupleRecord, coupleId).open());
        return open;
    }
}
