package app.dyad.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.CoSignService;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionsClinic;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The note PDF says what was signed: a note is signed through the service (MariaDB), printed by the real PDF builder,
 * and its text is read back with PDFBox, a library independent of the one that wrote it.
 *
 * <p>How right-to-left text is compared: a PDF stores glyphs in the order they are painted, left to right. PDFBox 3
 * puts each extracted line back into reading (logical) order with the Unicode bidi algorithm and turns Arabic
 * presentation forms (the joined shapes) back into letters (NFKC), so the extracted text can be compared with the
 * signed text as typed. A PDF that painted Hebrew in typing order (letter-reversed on paper) reads back reversed and
 * fails; one that dropped Arabic reads back without it and fails. The PDFs are kept under {@code target/note-pdf}.
 */
@DyadSpringTest
class NotePdfTest extends SpringBrowserlessTest {

    /** One line per script, in the order they are printed. */
    static final List<Sample> SAMPLES = List.of(
            new Sample("Latin", "Zoë and Élodie talked about the café, naïveté and Ångström-level patience."),
            new Sample("Greek", "Η Ελένη μίλησε για την εμπιστοσύνη."),
            new Sample("Cyrillic", "Наталья говорила о доверии и уважении."),
            new Sample("Arabic", "تحدثت ليلى عن الثقة والاحترام بينهما."),
            new Sample("Hebrew", "נועה דיברה על אמון וכבוד."),
            new Sample("Chinese", "他们谈到了信任和尊重。"),
            new Sample("Japanese", "ありがとう、カタカナもひらがなも。"),
            new Sample("Korean", "우리는 신뢰에 대해 이야기했다."),
            new Sample("Emoji", "Both smiled 😊 and agreed 👍 at the end."),
            new Sample("Mixed", "Ada said שלום and مرحبا to Bea."));

    record Sample(String script, String text) {}

    @Autowired
    AppointmentService sessions;

    @Autowired
    NoteService notes;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    CoSignService coSign;

    SessionsClinic clinic;
    long heldYesterday;

    @BeforeEach
    void sessionThatTookPlace() {
        clinic = new SessionsClinic(accounts, admins, couples);
        heldYesterday = clinic.sessionHeldYesterday(sessions, calendar);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void everyScriptOfTheSignedNoteReadsBackFromThePdfInReadingOrder() throws IOException {
        String signedText = SAMPLES.stream().map(Sample::text).collect(Collectors.joining("\n"));
        String addendum = "إضافة: اتفقا على موعد جديد. 🙂";
        sign(signedText);
        notes.addAddendum(heldYesterday, UUID.randomUUID(), addendum, TestAccounts.PASSWORD);

        String extracted = normalised(text(print("every-script")));

        SoftAssertions.assertSoftly(softly -> {
            SAMPLES.forEach(sample -> softly.assertThat(extracted)
                    .as("%s, as signed, in reading order", sample.script())
                    .contains(normalised(sample.text())));
            softly.assertThat(extracted).as("the Arabic addendum").contains(normalised(addendum));
        });
    }

    @Test
    void aCharacterNoEmbeddedFontCanDrawIsReplacedByItsNameNeverDropped() throws IOException {
        // an Egyptian hieroglyph and an emoji newer than the embedded emoji font
        sign("Drawn on the board: 𓀀 and 🥰.");

        String extracted = normalised(text(print("no-glyph")));

        assertThat(extracted)
                .contains("Drawn on the board: [EGYPTIAN HIEROGLYPH A001] and [SMILING FACE WITH SMILING EYES AND"
                        + " THREE HEARTS].");
    }

    @Test
    void theHeaderNamesTheCoupleOnce() throws IOException {
        sign("Short note.");

        List<String> lines = text(print("header")).lines().map(String::strip).toList();

        String couple = "Ada & Bea";
        assertThat(lines).contains("Couple: " + couple);
        assertThat(String.join("\n", lines)).doesNotContain("(" + couple + ")");
    }

    @Test
    void aLongNoteInSeveralScriptsWrapsAndContinuesOnTheNextPagesWithNothingLost() throws IOException {
        String paragraph = String.join(" ", sample("Latin"), sample("Cyrillic"), sample("Greek"));
        String arabic = String.join(" ", Collections.nCopies(5, sample("Arabic")));
        String longNote = IntStream.range(0, 40)
                .mapToObj(i -> i % 4 == 3 ? arabic : paragraph)
                .collect(Collectors.joining("\n"))
                .substring(0, 5_000);
        sign(longNote);

        byte[] pdf = print("long");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        String extracted = normalised(text(pdf));
        for (String line : longNote.split("\n")) {
            // a wrapped right-to-left paragraph reads back line by line, each line in reading order
            if (line.contains("ت")) {
                Arrays.stream(line.split("\\."))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .forEach(sentence -> assertThat(extracted).contains(normalised(sentence)));
            } else {
                assertThat(extracted).contains(normalised(line));
            }
        }
    }

    @Test
    void aCoSignedNotePrintsBothSignaturesWithTheirHashes() throws IOException {
        SignedInUser supervisor =
                accounts.ensure("pdf-sup-" + clinic.tag + "@test.dyad", "Supervisor " + clinic.tag, Role.COUNSELOR);
        clinic.asAdmin();
        accountAdmin.setSupervision(supervisor.accountId(), true, null);
        accountAdmin.setSupervision(clinic.counselorOne.accountId(), false, supervisor.accountId());
        clinic.asCounselorOne();
        sign("Seen by the supervisor");
        assertThat(text(print("awaiting-co-signature")))
                .contains("Awaiting co-signature by " + supervisor.displayName());

        accounts.signInAs(supervisor.email(), "", Role.COUNSELOR);
        String hash = coSign.coSign(
                        heldYesterday,
                        coSign.open(heldYesterday).note().coSignature().version(),
                        TestAccounts.PASSWORD)
                .coSignature()
                .sha256();
        clinic.asCounselorOne();
        String extracted = text(print("co-signed"));
        assertThat(extracted)
                .contains("Signed by " + clinic.counselorOne.displayName())
                .contains("Co-signed by " + supervisor.displayName())
                .contains(hash);
    }

    private static String sample(String script) {
        return SAMPLES.stream()
                .filter(s -> s.script().equals(script))
                .findFirst()
                .orElseThrow()
                .text();
    }

    private void sign(String text) {
        var draft = notes.open(heldYesterday);
        notes.sign(
                heldYesterday,
                new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", text), draft.version()),
                TestAccounts.PASSWORD);
    }

    /** The PDF the counselor downloads, printed on the note page; kept under target/ to be looked at. */
    private byte[] print(String name) throws IOException {
        SessionNoteView page = navigate("sessions/" + heldYesterday + "/note", SessionNoteView.class);
        byte[] pdf = new NotePdf(page, page::sectionLabel).render(notes.signedNote(heldYesterday));
        Path out = Path.of("target", "note-pdf", name + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return withSurrogatePairsRejoined(new PDFTextStripper().getText(document));
        }
    }

    /**
     * PDFBox 3.0.8 turns a right-to-left line back into reading order char by char, which swaps the two halves of an
     * emoji on that line (poppler's pdftotext reads the same PDF as the emoji): put such a pair back together.
     */
    private static String withSurrogatePairsRejoined(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (Character.isLowSurrogate(chars[i]) && Character.isHighSurrogate(chars[i + 1])) {
                char low = chars[i];
                chars[i] = chars[i + 1];
                chars[i + 1] = low;
                i++;
            }
        }
        return new String(chars);
    }

    /** Line breaks are the page's, not the signer's: any run of white space counts as one space. */
    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
