package app.dyad.sessions.ui;

import app.dyad.base.ui.Formats;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** A signed note: read-only, its signature and hash, the PDF, and signed addenda (the only way to add to it). */
class SignedNotePanel extends VerticalLayout {

    final TextArea addendum = new TextArea();

    SignedNotePanel(
            NoteService notes,
            WrittenNote note,
            Function<String, String> sectionLabel,
            NotePdf pdf,
            Consumer<WrittenNote> changed) {
        setPadding(false);
        addClassName("dyad-signed-note");
        setId("signed-note");
        note.sections().forEach((key, text) -> {
            Div section = new Div(new H4(sectionLabel.apply(key)), text(text.isBlank() ? "—" : text));
            section.addClassName("dyad-note-section");
            add(section);
        });
        WrittenNote.Signature signature = Objects.requireNonNull(note.signature());
        add(signatureLine(
                getTranslation(
                        "note.signed-by",
                        signature.signerName(),
                        Formats.dateTime(this, signature.signedAt()),
                        Formats.moment(this, signature.signedAt())),
                signature.sha256(),
                signature.intact()));

        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = pdf.render(notes.signedNote(note.sessionId()));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "session-note-" + note.sessionId() + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                "");
        Button pdfButton = new Button(getTranslation("note.download-pdf"), VaadinIcon.DOWNLOAD.create());
        pdfButton.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        download.add(pdfButton);
        download.setId("note-pdf");
        add(download);

        add(new H3(getTranslation("note.addenda")));
        if (note.addenda().isEmpty()) {
            Span none = new Span(getTranslation("note.addenda-none"));
            none.addClassName("dyad-muted");
            add(none);
        }
        note.addenda().forEach(a -> {
            Div box = new Div(
                    text(a.text()),
                    signatureLine(
                            getTranslation(
                                    "note.addendum-signed-by",
                                    a.authorName(),
                                    Formats.dateTime(this, a.signedAt()),
                                    Formats.moment(this, a.signedAt())),
                            a.sha256(),
                            a.intact()));
            box.addClassName("dyad-addendum");
            add(box);
        });
        addendum.setLabel(getTranslation("note.addendum-new"));
        addendum.setHelperText(getTranslation("note.addendum-hint"));
        addendum.setWidthFull();
        addendum.setMinHeight("6rem");
        addendum.setId("addendum-text");
        addendum.setMaxLength(WrittenNote.SECTION_MAX_LENGTH);
        addendum.addValueChangeListener(typed -> addendum.setInvalid(false));
        Button signAddendum = new Button(getTranslation("note.addendum-sign"), click -> {
            if (addendum.getValue().isBlank()) {
                // said next to the field, before any password is asked for
                addendum.setErrorMessage(getTranslation("note.addendum-empty", WrittenNote.SECTION_MAX_LENGTH));
                addendum.setInvalid(true);
                addendum.focus();
                return;
            }
            // one command id per signing dialog: a double-click on its confirm button signs one addendum
            UUID commandId = UUID.randomUUID();
            new SignDialog(
                            getTranslation("note.addendum-sign-title"),
                            getTranslation("note.sign.explanation"),
                            password -> changed.accept(
                                    notes.addAddendum(note.sessionId(), commandId, addendum.getValue(), password)),
                            Map.of("text", addendum))
                    .open();
        });
        signAddendum.setId("addendum-sign");
        add(addendum, signAddendum);
    }

    private static Paragraph text(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("dyad-note-text");
        return p;
    }

    private Div signatureLine(String who, String sha256, boolean intact) {
        Span integrity = SessionText.badge(
                getTranslation(intact ? "note.intact" : "note.not-intact"), intact ? "success" : "error");
        Span hash = new Span("SHA-256 " + sha256);
        hash.addClassNames("dyad-muted", "dyad-hash");
        Div line = new Div(new Span(who), integrity, hash);
        line.addClassName("dyad-signature");
        return line;
    }
}
