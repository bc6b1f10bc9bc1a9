package app.dyad.records;

import app.dyad.base.PdfTypesetter;
import app.dyad.records.spi.RecordWriter;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;

/**
 * Writes a record's sections into the PDF as labelled lines, block by block: OpenPDF writes each page out as it fills,
 * so the document never holds more than the page being set.
 */
final class PdfRecordWriter implements RecordWriter {

    static final PdfTypesetter.Style TITLE = new PdfTypesetter.Style(16, true);
    static final PdfTypesetter.Style HEADING = new PdfTypesetter.Style(13, true);
    static final PdfTypesetter.Style LABEL = new PdfTypesetter.Style(10, true);
    static final PdfTypesetter.Style BODY = new PdfTypesetter.Style(10, false);
    static final PdfTypesetter.Style SMALL = new PdfTypesetter.Style(8.5f, false);

    private final Document document;
    private final PdfTypesetter type;
    private final RecordTexts texts;
    private int depth;

    PdfRecordWriter(Document document, PdfTypesetter type, RecordTexts texts) {
        this.document = document;
        this.type = type;
        this.texts = texts;
    }

    /** A section's heading, and its confidentiality when it has one. */
    void heading(String headingKey, boolean confidential) {
        document.add(type.block(texts.text(headingKey), HEADING, 16));
        if (confidential) {
            document.add(type.block(texts.text("records.pdf.confidential-section"), SMALL, 0));
        }
    }

    /** A line of its own, e.g. "nothing here". */
    void line(String text, PdfTypesetter.Style style, float spacingBefore) {
        document.add(type.block(text, style, spacingBefore));
    }

    @Override
    public void beginEntry() {
        document.add(type.block(depth == 0 ? "———" : "–", SMALL, depth == 0 ? 8 : 3));
    }

    @Override
    public void endEntry() {
        // entries are separated where the next one begins
    }

    @Override
    public void text(String name, String labelKey, @Nullable String value) {
        if (value != null) {
            document.add(type.block(indent() + texts.text(labelKey) + ": " + value, BODY, 0));
        }
    }

    @Override
    public void longText(String name, String labelKey, @Nullable String value) {
        if (value != null) {
            document.add(type.block(indent() + texts.text(labelKey), LABEL, 2));
            document.add(type.block(value.isBlank() ? "—" : value, BODY, 0));
        }
    }

    @Override
    public void number(String name, String labelKey, @Nullable Number value) {
        text(name, labelKey, value == null ? null : value.toString());
    }

    @Override
    public void date(String name, String labelKey, @Nullable LocalDate value) {
        text(name, labelKey, value == null ? null : texts.date(value));
    }

    @Override
    public void moment(String name, String labelKey, @Nullable Instant value) {
        text(name, labelKey, value == null ? null : texts.dateTime(value));
    }

    @Override
    public void choice(String name, String labelKey, @Nullable Enum<?> value, String valueKeyPrefix) {
        text(name, labelKey, value == null ? null : texts.text(valueKeyPrefix + value.name()));
    }

    @Override
    public void beginList(String name, String labelKey) {
        document.add(type.block(indent() + texts.text(labelKey), LABEL, 4));
        depth++;
    }

    @Override
    public void endList() {
        depth--;
    }

    @Override
    public void beginGroup(String name, String labelKey) {
        beginList(name, labelKey);
    }

    @Override
    public void endGroup() {
        endList();
    }

    private String indent() {
        return "    ".repeat(depth);
    }
}
