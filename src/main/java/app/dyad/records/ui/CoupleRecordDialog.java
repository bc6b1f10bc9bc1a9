package app.dyad.records.ui;

import app.dyad.couples.CouplePartners;
import app.dyad.records.CoupleRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The counselor's export of the couple's record: everything, or what one partner may read; a reason is required
 * before the download can start, and goes with it to the audit trail.
 */
class CoupleRecordDialog extends Dialog {

    static final String FILE_NAME = "dyad-couple-record.zip";

    /** One choice of what to export: everything (no partner) or one partner's view. */
    record Scope(@Nullable Long partnerId, String label) {}

    private final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();
    private final Anchor download;
    /** What the download link streams: the export, as the dialog's choice and reason say. */
    final DownloadHandler downloadHandler;
    /** What the download will send, read by the request that streams it (outside the UI's lock). */
    private final AtomicReference<Request> request = new AtomicReference<>();

    private record Request(@Nullable Long partnerId, String reason) {}

    CoupleRecordDialog(CoupleRecord coupleRecord, long coupleId) {
        setHeaderTitle(getTranslation("records.couple.title"));
        CouplePartners partners = coupleRecord.partnersOf(coupleId);
        List<Scope> scopes = List.of(
                new Scope(null, getTranslation("records.couple.everything")),
                new Scope(
                        partners.partnerOneId(),
                        getTranslation("records.couple.for-partner", partners.partnerOneName())),
                new Scope(
                        partners.partnerTwoId(),
                        getTranslation("records.couple.for-partner", partners.partnerTwoName())));
        scope.setLabel(getTranslation("records.couple.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::label);
        scope.setValue(scopes.getFirst());
        scope.setId("record-scope");
        reason.setLabel(getTranslation("records.couple.reason"));
        reason.setHelperText(getTranslation("records.couple.reason-helper"));
        reason.setRequired(true);
        reason.setMaxLength(CoupleRecord.REASON_MAX_LENGTH);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setId("record-reason");

        downloadHandler = handler(coupleRecord, coupleId);
        download = new Anchor(downloadHandler, "");
        Button downloadButton = new Button(getTranslation("records.couple.download"), VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        download.setId("record-download");
        scope.addValueChangeListener(change -> follow(true));
        reason.addValueChangeListener(change -> follow(true));
        follow(false);

        add(new VerticalLayout(new Paragraph(getTranslation("records.couple.text")), scope, reason));
        Button close = new Button(getTranslation("records.couple.close"), click -> close());
        close.setId("record-close");
        getFooter().add(close, download);
        setWidth("36rem");
    }

    /** The download is possible only with a reason; the request it will make carries what the dialog shows now. */
    private void follow(boolean touched) {
        boolean given = !reason.getValue().isBlank();
        reason.setInvalid(touched && !given);
        reason.setErrorMessage(given ? null : getTranslation("validation.required"));
        download.setEnabled(given);
        Scope chosen = scope.getValue();
        request.set(given ? new Request(chosen == null ? null : chosen.partnerId(), reason.getValue()) : null);
    }

    private DownloadHandler handler(CoupleRecord coupleRecord, long coupleId) {
        return event -> {
            Request asked = request.get();
            if (asked == null) {
                // a disabled anchor is refused by Vaadin already; this keeps a stale link from exporting without reason
                event.getResponse().setStatus(400);
                return;
            }
            event.setFileName(FILE_NAME);
            event.setContentType("application/zip");
            coupleRecord.export(
                    coupleId, asked.partnerId(), asked.reason(), new PageRecordTexts(this), event.getOutputStream());
        };
    }

    boolean downloadEnabled() {
        return download.isEnabled();
    }

    TextArea reason() {
        return reason;
    }

    RadioButtonGroup<Scope> scope() {
        return scope;
    }
}
