package app.dyad.couples.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.couples.PartnerCorrection;
import app.dyad.couples.PartnerCorrections;
import app.dyad.couples.PartnerView;
import app.dyad.identity.SignInState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The admin corrects one partner's names and contact details. Messages appear next to their fields; if someone
 * saved this partner meanwhile, the form shows what is stored now and says so.
 */
class PartnerCorrectionDialog extends Dialog {

    final PartnerFields fields;
    final Paragraph conflict = new Paragraph();
    private final PartnerCorrections corrections;
    private final long coupleId;
    private PartnerView partner;

    PartnerCorrectionDialog(
            PartnerCorrections corrections, long coupleId, PartnerView partner, Consumer<PartnerView> corrected) {
        this.corrections = corrections;
        this.coupleId = coupleId;
        this.partner = partner;
        setHeaderTitle(getTranslation("couples.correct.title", partner.fullName()));
        setWidth("min(30rem, 95vw)");
        fields = new PartnerFields(getTranslation("couples.correct.heading"), "correct");
        conflict.addClassNames("dyad-status", "dyad-status-error", "dyad-status-wrap");
        conflict.setId("correct-conflict");
        conflict.setVisible(false);
        add(conflict, fields);
        show(partner);

        Button save = new Button(getTranslation("couples.correct.submit"));
        save.setId("correct-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            FieldErrors.clear(fields.fields().values());
            conflict.setVisible(false);
            try {
                PartnerView saved = corrections.correctPartner(
                        coupleId, new PartnerCorrection(this.partner.id(), this.partner.version(), fields.value()));
                close();
                corrected.accept(saved);
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, fields.fields());
            } catch (EditConflictException changed) {
                reload();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void show(PartnerView current) {
        var details = current.details();
        fields.firstName.setValue(details.firstName());
        fields.lastName.setValue(details.lastName());
        fields.preferredName.setValue(orEmpty(details.preferredName()));
        fields.pronouns.setValue(orEmpty(details.pronouns()));
        fields.email.setValue(orEmpty(details.email()));
        fields.phone.setValue(orEmpty(details.phone()));
        fields.dateOfBirth.setValue(details.dateOfBirth());
        // the email of someone who signs in is theirs to change: say so before the admin tries
        boolean signsIn = current.signIn() == SignInState.ACTIVE;
        fields.email.setReadOnly(signsIn);
        String key;
        if (signsIn) {
            key = "couples.correct.email-signs-in";
        } else if (current.signIn() == null) {
            key = "couples.correct.email-contact";
        } else {
            key = "couples.correct.email-invited";
        }
        fields.email.setHelperText(getTranslation(key, current.callName()));
    }

    /** Someone saved this partner meanwhile: show what is stored now instead of overwriting it. */
    private void reload() {
        corrections.partnersOf(coupleId).stream()
                .filter(p -> p.id() == partner.id())
                .findFirst()
                .ifPresent(current -> {
                    partner = current;
                    show(current);
                });
        conflict.setText(getTranslation("couples.correct.changed-meanwhile", partner.fullName()));
        conflict.setVisible(true);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
