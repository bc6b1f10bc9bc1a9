package app.dyad.records;

import app.dyad.base.PdfTypesetter;
import app.dyad.records.spi.RecordScope;
import app.dyad.records.spi.RecordSection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a record as a ZIP of {@code record.json} and {@code record.pdf}: each section is asked once per file and
 * reads its data page by page, so memory does not grow with the size of the record. The caller has checked access and
 * audited the export; the sections' services check access again, as the same caller.
 */
@Component
class RecordExporter {

    static final String JSON_ENTRY = "record.json";
    static final String PDF_ENTRY = "record.pdf";
    /** The format of the JSON, so a reader can tell which shape it is reading. */
    static final String FORMAT = "dyad-record-v1";

    private final List<RecordSection> sections;
    private final JsonMapper json;

    RecordExporter(List<RecordSection> sections, JsonMapper json) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(RecordSection::order))
                .toList();
        this.json = json;
    }

    void write(RecordHeading heading, RecordTexts texts, OutputStream out) {
        List<RecordSection> included = sections.stream()
                .filter(section -> section.includedIn(heading.scope()))
                .toList();
        try (ZipOutputStream zip = new ZipOutputStream(new UnclosedStream(out))) {
            zip.putNextEntry(new ZipEntry(JSON_ENTRY));
            writeJson(heading, included, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(PDF_ENTRY));
            writePdf(heading, included, texts, zip);
            zip.closeEntry();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void writeJson(RecordHeading heading, List<RecordSection> included, OutputStream zip) {
        RecordScope scope = heading.scope();
        try (JsonGenerator generator = json.createGenerator(new UnclosedStream(zip))) {
            generator.writeStartObject();
            generator.writeStringProperty("format", FORMAT);
            generator.writeStringProperty("kind", heading.kind());
            generator.writeStringProperty("generatedAt", heading.generatedAt().toString());
            generator.writeNumberProperty("coupleId", scope.coupleId());
            if (scope.readerPartnerId() == null) {
                generator.writeNullProperty("partnerId");
            } else {
                generator.writeNumberProperty("partnerId", scope.readerPartnerId());
            }
            generator.writeStringProperty("couple", heading.couple());
            generator.writeStringProperty("subject", heading.subject());
            generator.writeBooleanProperty("includesCounselorNotes", scope.everything());
            generator.writeName("sections");
            generator.writeStartArray();
            JsonRecordWriter writer = new JsonRecordWriter(generator);
            for (RecordSection section : included) {
                generator.writeStartObject();
                generator.writeStringProperty("key", section.key());
                generator.writeBooleanProperty("confidential", section.confidential());
                generator.writeName("entries");
                generator.writeStartArray();
                section.write(scope, writer);
                generator.writeEndArray();
                generator.writeEndObject();
                generator.flush();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private static void writePdf(
            RecordHeading heading, List<RecordSection> included, RecordTexts texts, OutputStream zip) {
        RecordScope scope = heading.scope();
        PdfTypesetter type = new PdfTypesetter();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, new UnclosedStream(zip));
        document.addTitle(texts.text("records.pdf.title"));
        document.open();
        PdfRecordWriter writer = new PdfRecordWriter(document, type, texts);
        writer.line(texts.text("records.pdf.title"), PdfRecordWriter.TITLE, 0);
        writer.line(heading.subject(), PdfRecordWriter.HEADING, 4);
        writer.line(
                texts.text("records.pdf.generated", texts.dateTime(heading.generatedAt())), PdfRecordWriter.SMALL, 2);
        if (scope.everything()) {
            writer.line(texts.text("records.pdf.confidential"), PdfRecordWriter.SMALL, 2);
        } else {
            writer.line(texts.text("records.pdf.no-notes"), PdfRecordWriter.SMALL, 2);
        }
        for (RecordSection section : included) {
            writer.heading(section.headingKey(), section.confidential());
            section.write(scope, writer);
        }
        document.close();
    }
}
