package app.dyad.sessions.ui;

import app.dyad.sessions.NoteService;
import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
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
        add(new SignedNoteText(note, sectionLabel));

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
}
