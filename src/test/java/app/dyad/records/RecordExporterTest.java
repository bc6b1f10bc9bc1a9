package app.dyad.records;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.records.spi.RecordScope;
import app.dyad.records.spi.RecordSection;
import app.dyad.records.spi.RecordWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exporter without a database: a section another module contributes (as the safety module will) and what the
 * record does with it, and names in any script kept as written in the JSON and printed in the PDF.
 */
class RecordExporterTest {

    static final String ARABIC = "سارة";
    static final String HEBREW = "דוד";
    static final String CHINESE = "王小明";
    static final String EMOJI = "Kai 🌻";

    /** What a module with messages only the counselor may read would contribute. */
    static final class CounselorOnlyMessages implements RecordSection {

        @Override
        public int order() {
            return 60;
        }

        @Override
        public String key() {
            return "privateMessages";
        }

        @Override
        public String headingKey() {
            return "records.section.sessions";
        }

        @Override
        public boolean confidential() {
            return true;
        }

        @Override
        public boolean includedIn(RecordScope scope) {
            return scope.everything();
        }

        @Override
        public void write(RecordScope scope, RecordWriter out) {
            out.beginEntry();
            out.text("from", "records.field.author", scope.nameOf(1L));
            out.longText("text", "records.field.answer", "I am afraid to say this in the session");
            out.endEntry();
        }
    }

    /** Both partners' names, in four scripts. */
    static final class Names implements RecordSection {

        @Override
        public int order() {
            return 10;
        }

        @Override
        public String key() {
            return "profile";
        }

        @Override
        public String headingKey() {
            return "records.section.profile";
        }

        @Override
        public boolean includedIn(RecordScope scope) {
            return true;
        }

        @Override
        public void write(RecordScope scope, RecordWriter out) {
            for (String name : List.of(ARABIC, HEBREW, CHINESE, EMOJI)) {
                out.beginEntry();
                out.text("firstName", "records.field.first-name", name);
                out.endEntry();
            }
        }
    }

    private final RecordExporter exporter = new RecordExporter(
            List.of(new CounselorOnlyMessages(), new Names()),
            JsonMapper.builder().build());

    private ExportedRecord export(RecordScope scope) {
        return ExportedRecord.of(out -> exporter.write(
                new RecordHeading(scope, CHINESE + " & " + ARABIC, "Record", Instant.parse("2026-12-01T10:00:00Z")),
                new PropertiesRecordTexts(),
                out));
    }

    @Test
    void aSectionOnlyTheCounselorMayReadIsInEverythingMarkedConfidentialAndInNoPartnersRecord() {
        Map<Long, String> names = Map.of(1L, "Alex", 2L, "Sam");
        ExportedRecord everything = export(RecordScope.everything(7, names));
        assertThat(everything.section("privateMessages"))
                .singleElement()
                .satisfies(
                        m -> assertThat(m.get("text").asString()).isEqualTo("I am afraid to say this in the session"));
        assertThat(everything.json().get("sections").get(1).get("confidential").asBoolean())
                .isTrue();
        assertThat(everything.pdfText()).contains("Confidential: for the counselor only.");

        for (RecordScope partner : List.of(
                RecordScope.partnersOwn(7, 1, names),
                RecordScope.forPartner(7, 1, names),
                RecordScope.forPartner(7, 2, names))) {
            ExportedRecord record = export(partner);
            assertThat(record.section("privateMessages")).isEmpty();
            assertThat(record.mentions("afraid to say")).isFalse();
            assertThat(record.pdfText()).contains("Psychotherapy notes").doesNotContain("Confidential");
        }
    }

    @Test
    void namesInAnyScriptAreKeptInTheJsonAndPrintedInThePdf() {
        ExportedRecord record = export(RecordScope.partnersOwn(7, 1, Map.of(1L, ARABIC, 2L, HEBREW)));
        assertThat(record.section("profile"))
                .extracting(n -> n.get("firstName").asString())
                .containsExactly(ARABIC, HEBREW, CHINESE, EMOJI);
        assertThat(record.json().get("couple").asString()).isEqualTo(CHINESE + " & " + ARABIC);
        assertThat(record.mentions(CHINESE)).isTrue();
        // PDFBox reads the PDF back: every name has glyphs (no "[NAME OF A CHARACTER]" stands in for one)
        assertThat(record.pdfText()).contains(CHINESE).doesNotContain("[CJK").doesNotContain("[HEBREW");
        assertThat(record.pdfText()).doesNotContain("[ARABIC").doesNotContain("[SUNFLOWER]");
    }
}
