package app.dyad.sessions.ui;

import app.dyad.base.PdfTypesetter;
import app.dyad.base.ui.Formats;
import app.dyad.sessions.NoteService.SignedNote;
import app.dyad.sessions.SessionSummary;
import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.Component;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A signed note with its addenda as a PDF, in the reader's language. Every script the note editor accepts prints as
 * written, right-to-left text in reading order ({@link PdfTypesetter}).
 */
class NotePdf {

    private static final PdfTypesetter.Style TITLE = new PdfTypesetter.Style(16, true);
    private static final PdfTypesetter.Style HEADING = new PdfTypesetter.Style(11, true);
    private static final PdfTypesetter.Style BODY = new PdfTypesetter.Style(10.5f, false);
    private static final PdfTypesetter.Style SMALL = new PdfTypesetter.Style(8.5f, false);

    private final Component page;
    private final Function<String, String> sectionLabel;

    NotePdf(Component page, Function<String, String> sectionLabel) {
        this.page = page;
        this.sectionLabel = sectionLabel;
    }

    byte[] render(SignedNote signed) {
        PdfTypesetter text = new PdfTypesetter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(t("note.pdf.title"));
        document.open();
        SessionSummary s = signed.session();
        WrittenNote note = signed.note();
        document.add(text.block(t("note.pdf.title"), TITLE, 0));
        document.add(text.block(t("note.pdf.confidential"), SMALL, 0));
        document.add(text.block(t("note.pdf.case") + ": " + coupleName(signed), BODY, 4));
        document.add(text.block(
                t("note.pdf.session") + ": " + SessionText.when(page, s.startsAt(), s.endsAt()) + " · "
                        + SessionText.how(page, s),
                BODY,
                0));
        document.add(text.block(
                t("note.template") + ": " + t("note.template." + note.template().name()), BODY, 0));
        note.sections().forEach((key, section) -> {
            document.add(text.block(sectionLabel.apply(key), HEADING, 10));
            document.add(text.block(section.isBlank() ? "—" : section, BODY, 2));
        });
        WrittenNote.Signature signature = Objects.requireNonNull(note.signature());
        document.add(text.block(
                signatureBlock(
                        page.getTranslation(
                                "note.pdf.signed-by",
                                signature.signerName(),
                                Formats.dateTime(page, signature.signedAt())),
                        signature.sha256()),
                SMALL,
                8));
        WrittenNote.CoSignature coSignature = note.coSignature();
        if (coSignature != null) {
            document.add(text.block(CoSignText.state(page, coSignature), SMALL, 4));
            if (coSignature.sha256() != null) {
                document.add(text.block("SHA-256 " + coSignature.sha256(), SMALL, 0));
            }
        }
        if (!note.addenda().isEmpty()) {
            document.add(text.block(t("note.addenda"), HEADING, 14));
            for (WrittenNote.Addendum a : note.addenda()) {
                document.add(text.block(a.text(), BODY, 6));
                document.add(text.block(
                        signatureBlock(
                                page.getTranslation(
                                        "note.pdf.addendum-signed-by",
                                        a.authorName(),
                                        Formats.dateTime(page, a.signedAt())),
                                a.sha256()),
                        SMALL,
                        4));
            }
        }
        document.close();
        return out.toByteArray();
    }

    /** The case name, with the partners' names only where they say something the case name does not. */
    private static String coupleName(SignedNote signed) {
        String caseName = signed.session().caseName();
        String partners = signed.partners().bothNames();
        return caseName.equals(partners) ? caseName : caseName + " (" + partners + ")";
    }

    private static String signatureBlock(String who, String sha256) {
        return who.strip() + "\nSHA-256 " + sha256;
    }

    private String t(String key) {
        return page.getTranslation(key);
    }
}
