package app.dyad.couples.ui;

import app.dyad.base.ui.Formats;
import app.dyad.couples.AgreementEdit;
import app.dyad.couples.CoupleFile;
import app.dyad.couples.CoupleService;
import app.dyad.couples.PartnerView;
import app.dyad.couples.SecretsPolicy;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;

/** Contact details, presenting concerns, goals and the confidentiality agreement. */
class OverviewTab extends VerticalLayout {

    final TextArea concerns = new TextArea();
    final Select<SecretsPolicy> policy = new Select<>();
    final DatePicker agreedOn = new DatePicker();
    final TextArea agreementNote = new TextArea();

    OverviewTab(CoupleService service, CaseState state, LocalDate today) {
        setPadding(false);
        FlexLayout contacts = new FlexLayout(
                contact(state.file().partnerOne()), contact(state.file().partnerTwo()));
        contacts.addClassName("dyad-partners");
        add(
                section("couple.contact", contacts),
                concernsSection(service, state),
                new GoalsPanel(service, state, today),
                agreementSection(service, state));
    }

    private Component contact(PartnerView partner) {
        var d = partner.details();
        Div card = new Div(new Span(partner.fullName()));
        card.addClassName("dyad-partner-card");
        card.add(
                line("couples.email", d.email()),
                line("couples.phone", d.phone()),
                line("couples.date-of-birth", d.dateOfBirth() == null ? null : Formats.date(this, d.dateOfBirth())));
        return card;
    }

    private Component line(String labelKey, String value) {
        Div line = new Div(
                new Span(getTranslation(labelKey) + ": "),
                new Span(value == null ? getTranslation("couple.not-given") : value));
        line.addClassName("dyad-contact-line");
        return line;
    }

    private Component concernsSection(CoupleService service, CaseState state) {
        concerns.setLabel(getTranslation("couple.concerns"));
        concerns.setHelperText(getTranslation("couple.concerns-help"));
        concerns.setValue(
                state.file().presentingConcerns() == null ? "" : state.file().presentingConcerns());
        concerns.setWidthFull();
        concerns.setMinHeight("8rem");
        concerns.setMaxLength(CoupleFile.CONCERNS_MAX_LENGTH);
        concerns.setManualValidation(true);
        concerns.setId("concerns");
        Button save = new Button(
                getTranslation("couple.concerns-save"),
                click -> SaveAndTell.save(
                        this,
                        Map.of("presentingConcerns", concerns),
                        () -> state.saved(service.updatePresentingConcerns(
                                state.file().id(), state.file().version(), concerns.getValue()))));
        save.setId("save-concerns");
        return section("couple.concerns-title", concerns, save);
    }

    private Component agreementSection(CoupleService service, CaseState state) {
        var file = state.file();
        policy.setLabel(getTranslation("couple.policy"));
        policy.setItems(SecretsPolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation("couple.policy." + p.name()));
        policy.setValue(file.secretsPolicy());
        policy.setId("secrets-policy");
        policy.setManualValidation(true);
        policy.setWidthFull();
        agreedOn.setLabel(getTranslation("couple.agreed-on"));
        agreedOn.setValue(file.secretsAgreedOn());
        agreedOn.setManualValidation(true);
        agreedOn.setId("agreed-on");
        agreementNote.setLabel(getTranslation("couple.agreement-note"));
        agreementNote.setValue(file.secretsNote() == null ? "" : file.secretsNote());
        agreementNote.setWidthFull();
        agreementNote.setMaxLength(AgreementEdit.NOTE_MAX_LENGTH);
        agreementNote.setManualValidation(true);
        Paragraph explain = new Paragraph(getTranslation("couple.policy-help"));
        explain.addClassName("dyad-muted");
        Button save = new Button(
                getTranslation("couple.agreement-save"),
                click -> SaveAndTell.save(
                        this,
                        Map.of("policy", policy, "agreedOn", agreedOn, "note", agreementNote),
                        () -> state.saved(service.recordAgreement(
                                state.file().id(),
                                new AgreementEdit(
                                        state.file().version(),
                                        policy.getValue(),
                                        agreedOn.getValue(),
                                        agreementNote.getValue())))));
        save.setId("save-agreement");
        return section("couple.agreement-title", explain, policy, agreedOn, agreementNote, save);
    }

    private Component section(String titleKey, Component... content) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("dyad-section");
        return section;
    }

    static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
