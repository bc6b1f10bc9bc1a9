package app.dyad.sessions.ui;

import app.dyad.base.ui.Formats;
import app.dyad.sessions.CoSignState;
import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import java.util.function.Function;

/**
 * A signed note as text, read-only: its sections, its signature and hash, where its co-signature stands (and the
 * co-signature with its hash), and its signed addenda. The counselor's and the supervisor's pages both show it.
 */
class SignedNoteText extends VerticalLayout {

    SignedNoteText(WrittenNote note, Function<String, String> sectionLabel) {
        setPadding(false);
        setId("signed-note-text");
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
        WrittenNote.CoSignature co = note.coSignature();
        if (co != null) {
            if (co.state() == CoSignState.CO_SIGNED) {
                add(signatureLine(CoSignText.state(this, co), Objects.requireNonNull(co.sha256()), co.intact()));
            } else {
                Div state = new Div(CoSignText.state(this, co));
                state.addClassNames(
                        "dyad-status",
                        "dyad-status-wrap",
                        co.state() == CoSignState.RETURNED ? "dyad-status-error" : "dyad-status-info");
                state.setId("co-sign-state");
                add(state);
            }
        }

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
