package app.dyad.sessions.ui;

import app.dyad.sessions.NoteService.SignedNote;
import app.dyad.sessions.SessionSummary;
import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.Component;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A signed note with its addenda as a PDF, in the reader's language. Liberation Sans is embedded so names and
 * notes in any Latin, Greek or Cyrillic script print as written.
 */
class NotePdf {

    private final Component page;
    private final Function<String, String> sectionLabel;

    NotePdf(Component page, Function<String, String> sectionLabel) {
        this.page = page;
        this.sectionLabel = sectionLabel;
    }

    byte[] render(SignedNote signed) {
        try {
            BaseFont regular = BaseFont.createFont(
                    "liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            BaseFont bold =
                    BaseFont.createFont("liberation/LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(bold, 16);
            Font heading = new Font(bold, 11);
            Font body = new Font(regular, 10.5f);
            Font small = new Font(regular, 8.5f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(t("note.pdf.title"));
            document.open();
            SessionSummary s = signed.session();
            WrittenNote note = signed.note();
            document.add(new Paragraph(t("note.pdf.title"), title));
            document.add(new Paragraph(t("note.pdf.confidential"), small));
            document.add(line(
                    t("note.pdf.case") + ": " + s.caseName() + " ("
                            + signed.partners().bothNames() + ")",
                    body));
            document.add(line(
                    t("note.pdf.session") + ": " + SessionText.when(page, s.startsAt(), s.endsAt()) + " · "
                            + SessionText.how(page, s),
                    body));
            document.add(line(
                    t("note.template") + ": "
                            + t("note.template." + note.template().name()),
                    body));
            note.sections().forEach((key, text) -> {
                Paragraph label = new Paragraph(sectionLabel.apply(key), heading);
                label.setSpacingBefore(10);
                document.add(label);
                document.add(new Paragraph(text.isBlank() ? "—" : text, body));
            });
            WrittenNote.Signature signature = Objects.requireNonNull(note.signature());
            document.add(signatureBlock(
                    page.getTranslation("note.pdf.signed-by", signature.signerName(), utc(signature.signedAt())),
                    signature.sha256(),
                    small));
            if (!note.addenda().isEmpty()) {
                Paragraph addenda = new Paragraph(t("note.addenda"), heading);
                addenda.setSpacingBefore(14);
                document.add(addenda);
                for (WrittenNote.Addendum a : note.addenda()) {
                    Paragraph text = new Paragraph(a.text(), body);
                    text.setSpacingBefore(6);
                    document.add(text);
                    document.add(signatureBlock(
                            page.getTranslation("note.pdf.addendum-signed-by", a.authorName(), utc(a.signedAt())),
                            a.sha256(),
                            small));
                }
            }
            document.close();
            return out.toByteArray();
        } catch (IOException fontMissing) {
            throw new UncheckedIOException(fontMissing);
        }
    }

    private static Paragraph line(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(4);
        return p;
    }

    private static Paragraph signatureBlock(String who, String sha256, Font font) {
        Paragraph p = new Paragraph(who.strip() + "\nSHA-256 " + sha256, font);
        p.setSpacingBefore(8);
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    private String t(String key) {
        return page.getTranslation(key);
    }

    private static String utc(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").format(instant.atOffset(ZoneOffset.UTC));
    }
}
