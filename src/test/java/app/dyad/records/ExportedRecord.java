package app.dyad.records;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A record as it was downloaded, unzipped: the JSON parsed, the PDF's text read back with PDFBox, the raw bytes. */
public record ExportedRecord(byte[] zip, Map<String, byte[]> entries, JsonNode json, String pdfText) {

    public static ExportedRecord of(Consumer<ByteArrayOutputStream> export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.accept(out);
        byte[] zip = out.toByteArray();
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
            JsonNode json = JsonMapper.builder().build().readTree(entries.get(RecordExporter.JSON_ENTRY));
            String text;
            try (PDDocument document = Loader.loadPDF(entries.get(RecordExporter.PDF_ENTRY))) {
                text = new PDFTextStripper().getText(document);
            }
            return new ExportedRecord(zip, entries, json, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of one section of the JSON; none when the record has no such section. */
    public List<JsonNode> section(String key) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode section : json.get("sections")) {
            if (section.get("key").asString().equals(key)) {
                section.get("entries").forEach(found::add);
            }
        }
        return found;
    }

    /** Whether the text appears anywhere: in the JSON, in the PDF's text, or in any byte of the ZIP or its files. */
    public boolean mentions(String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        return pdfText.contains(text)
                || contains(zip, needle)
                || entries.values().stream().anyMatch(bytes -> contains(bytes, needle));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "ExportedRecord[" + zip.length + " bytes]";
    }
}
