package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.QrCode;
import app.dyad.identity.TwoStepService;
import app.dyad.identity.TwoStepSetUp;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Setting up two-step sign-in, in three steps on one panel: scan the QR code (drawn here, {@link QrCode}) or type the
 * secret; confirm with the code the app shows; keep the ten recovery codes, shown this once, with a download and an
 * "I have saved them" that must be ticked before going on. Used on the account page and, when the clinic requires
 * it, right after the password.
 */
class TwoStepSetUpPanel extends Div {

    private final TwoStepService twoStep;
    private final Runnable done;
    private Runnable confirmed = () -> {};
    final TextField code = new TextField();
    final Button confirm = new Button();

    /** {@code done} runs when the person has ticked that the recovery codes are saved and goes on. */
    TwoStepSetUpPanel(TwoStepService twoStep, Runnable done) {
        this.twoStep = twoStep;
        this.done = done;
        addClassName("dyad-two-step-set-up");
        scanStep(twoStep.startSetUp());
    }

    /** Runs once the code is confirmed and two-step sign-in is on, as the recovery codes appear. */
    void onConfirmed(Runnable action) {
        confirmed = action;
    }

    private void scanStep(TwoStepSetUp setUp) {
        removeAll();
        Paragraph scan = new Paragraph(getTranslation("two-step.set-up.scan"));
        QrCode qr = new QrCode(setUp.otpauthUri(), getTranslation("two-step.set-up.qr-alt"));
        Paragraph typeInstead = new Paragraph(getTranslation("two-step.set-up.type-instead"));
        Span secret = new Span(setUp.secretForTyping());
        secret.setId("two-step-secret");
        secret.addClassName("dyad-two-step-secret");
        code.setLabel(getTranslation("two-step.set-up.code"));
        code.setId("two-step-set-up-code");
        code.setHelperText(getTranslation("two-step.code.helper"));
        CodeFields.forAuthenticatorCode(code);
        confirm.setText(getTranslation("two-step.set-up.confirm"));
        confirm.setId("two-step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> confirm());
        add(scan, qr, typeInstead, secret, code, confirm);
    }

    private void confirm() {
        FieldErrors.clear(code);
        try {
            showRecoveryCodes(twoStep.confirmSetUp(code.getValue()));
            confirmed.run();
        } catch (InvalidInputException wrong) {
            FieldErrors.show(this, wrong, Map.of(TwoStepService.CODE_FIELD, code));
            code.focus();
        } finally {
            confirm.setEnabled(true);
        }
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        Paragraph on = new Paragraph(getTranslation("two-step.set-up.on"));
        on.setId("two-step-on");
        on.addClassName("dyad-success-text");
        Paragraph keep = new Paragraph(getTranslation("two-step.recovery.keep"));
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("dyad-recovery-codes");
        codes.forEach(recoveryCode -> list.add(new ListItem(recoveryCode)));
        String file = getTranslation("two-step.recovery.file-intro") + "\n\n" + String.join("\n", codes) + "\n";
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                        "dyad-recovery-codes.txt",
                        "text/plain; charset=utf-8",
                        file.getBytes(StandardCharsets.UTF_8).length)),
                getTranslation("two-step.recovery.download"));
        download.setId("download-recovery-codes");
        Checkbox saved = new Checkbox(getTranslation("two-step.recovery.saved"));
        saved.setId("recovery-codes-saved");
        Button goOn = new Button(getTranslation("two-step.recovery.continue"), click -> done.run());
        goOn.setId("recovery-codes-done");
        goOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        goOn.setEnabled(false);
        saved.addValueChangeListener(change -> goOn.setEnabled(change.getValue()));
        FlexLayout actions = new FlexLayout(saved, goOn);
        actions.addClassName("dyad-actions");
        add(on, keep, list, download, actions);
    }
}
