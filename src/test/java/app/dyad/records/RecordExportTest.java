package app.dyad.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.InvalidInputException;
import app.dyad.checkins.Cadence;
import app.dyad.checkins.CounselorCheckIns;
import app.dyad.checkins.MyCheckIn;
import app.dyad.checkins.MyCheckIns;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.PromptKind;
import app.dyad.exercises.Visibility;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.TestAccounts;
import app.dyad.safety.NewPrivateMessage;
import app.dyad.safety.PrivateChannel;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.CoSignService;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionsClinic;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/**
 * Each reader's record against the real schema, unzipped and parsed: a partner reads their own answers and of the
 * other's exactly what the homework rule lets them read today, never a note; the counselor's "for partner" record is
 * that partner's own; "everything" has the notes, signed, with addenda; everyone else is refused and audited.
 */
@DyadSpringTest
class RecordExportTest {

    static final String NOTE_SENTENCE = "Bea spoke of the winter of the broken clock";
    static final String ADDENDUM_SENTENCE = "Correction: it was the autumn of the broken clock";

    @Autowired
    MyRecord myRecord;

    @Autowired
    CoupleRecord coupleRecord;

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    AppointmentService appointments;

    @Autowired
    NoteService notes;

    @Autowired
    CounselorCheckIns counselorCheckIns;

    @Autowired
    MyCheckIns myCheckIns;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrivateChannel privateChannel;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    CoSignService coSigning;

    SessionsClinic clinic;
    long exerciseId;
    long textQuestion;
    final RecordTexts texts = new PropertiesRecordTexts();

    @BeforeEach
    void clinic() {
        clinic = new SessionsClinic(accounts, admins, couples);
        clinic.asCounselorOne();
        exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id -> library.get(id).orElseThrow().prompts().size() == 1
                        && library.get(id).orElseThrow().prompts().getFirst().kind() == PromptKind.TEXT)
                .findFirst()
                .orElseGet(() -> library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                        .map(ExerciseSummary::id)
                        .filter(id -> library.get(id).orElseThrow().prompts().stream()
                                .anyMatch(p -> p.kind() == PromptKind.TEXT))
                        .findFirst()
                        .orElseThrow());
        textQuestion = library.get(exerciseId).orElseThrow().prompts().stream()
                .filter(prompt -> prompt.kind() == PromptKind.TEXT)
                .findFirst()
                .orElseThrow()
                .id();
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long assign(Visibility visibility) {
        clinic.asCounselorOne();
        return homework.assign(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId,
                                Audience.BOTH_SEPARATELY,
                                null,
                                calendar.today().plusDays(7),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                visibility))
                .getFirst();
    }

    private void answer(String partner, long assignmentId, String text, boolean submit) {
        clinic.asClient(partner);
        if (submit) {
            myHomework.submit(assignmentId, Map.of(textQuestion, text), MyHomework.NO_ANSWER_YET);
        } else {
            myHomework.saveDraft(assignmentId, Map.of(textQuestion, text), MyHomework.NO_ANSWER_YET);
        }
    }

    private ExportedRecord ownRecordOf(String partner) {
        clinic.asClient(partner);
        return ExportedRecord.of(out -> myRecord.exportMine(texts, out));
    }

    private ExportedRecord counselorRecord(Long forPartner) {
        clinic.asCounselorOne();
        return ExportedRecord.of(
                out -> coupleRecord.export(clinic.coupleOne, forPartner, "Requested by the couple", texts, out));
    }

    private long signedNoteWithAddendum() {
        long session = clinic.sessionHeldYesterday(appointments, calendar);
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", NOTE_SENTENCE);
        sections.put(NoteTemplate.partnerSection(clinic.ada), "Ada listened");
        sections.put(NoteTemplate.partnerSection(clinic.bea), "Bea spoke");
        sections.put("assessment", "Warmer");
        sections.put("plan", "Next: the budget talk");
        notes.sign(session, new NoteDraft(NoteTemplate.COUPLES_DAP, sections, -1), TestAccounts.PASSWORD);
        return session;
    }

    private long audited(String action, String outcome) {
        Long count = jdbc.queryForObject(
                "select count(*) from audit_entry where couple_id = ? and action = ? and outcome = ?",
                Long.class,
                clinic.coupleOne,
                action,
                outcome);
        return count == null ? 0 : count;
    }

    /** The record's sections without its heading (which says who asked and when). */
    private static JsonNode sectionsOf(ExportedRecord record) {
        return record.json().get("sections");
    }

    @Test
    void aPartnersRecordHasTheirOwnAnswersAndNeverTheOthersCounselorOnlyOne() {
        long counselorOnly = assign(Visibility.COUNSELOR_ONLY);
        answer("ada", counselorOnly, "Ada-counselor-only-7f3", true);
        answer("bea", counselorOnly, "Bea-counselor-only-9c1", true);

        ExportedRecord ada = ownRecordOf("ada");

        assertThat(ada.mentions("Ada-counselor-only-7f3")).as("her own answer").isTrue();
        assertThat(ada.mentions("Bea-counselor-only-9c1"))
                .as("Bea's counselor-only answer")
                .isFalse();
        assertThat(ada.section("homework")).hasSize(1);
    }

    @Test
    void aSharedAnswerOfThePartnerIsInTheRecordOnceSubmittedAndNotAsADraft() {
        long submitted = assign(Visibility.SHARED);
        long drafted = assign(Visibility.SHARED);
        answer("bea", submitted, "Bea-shared-submitted-41d", true);
        answer("bea", drafted, "Bea-shared-draft-52e", false);

        ExportedRecord ada = ownRecordOf("ada");

        assertThat(ada.mentions("Bea-shared-submitted-41d")).isTrue();
        assertThat(ada.mentions("Bea-shared-draft-52e")).isFalse();
        assertThat(ownRecordOf("bea").mentions("Bea-shared-draft-52e"))
                .as("her own draft is hers")
                .isTrue();
    }

    @Test
    void aRevealTogetherAnswerIsInTheRecordOnlyOnceBothHaveSubmitted() {
        long both = assign(Visibility.REVEAL_TOGETHER);
        long onlyAda = assign(Visibility.REVEAL_TOGETHER);
        answer("ada", both, "Ada-reveal-both-11a", true);
        answer("bea", both, "Bea-reveal-both-22b", true);
        answer("ada", onlyAda, "Ada-reveal-alone-33c", true);
        answer("bea", onlyAda, "Bea-reveal-draft-44d", false);

        ExportedRecord ada = ownRecordOf("ada");
        ExportedRecord bea = ownRecordOf("bea");

        assertThat(ada.mentions("Bea-reveal-both-22b")).isTrue();
        assertThat(bea.mentions("Ada-reveal-both-11a")).isTrue();
        assertThat(bea.mentions("Ada-reveal-alone-33c"))
                .as("Bea has not handed in hers: Ada's stays hidden from her")
                .isFalse();
        assertThat(ada.mentions("Bea-reveal-draft-44d")).isFalse();
    }

    @Test
    void noPartnersRecordHoldsAWordOfANoteAndEverythingHoldsTheSignedNoteWithItsAddendum() {
        long session = signedNoteWithAddendum();
        notes.addAddendum(session, UUID.randomUUID(), ADDENDUM_SENTENCE, TestAccounts.PASSWORD);

        for (ExportedRecord partners : List.of(
                ownRecordOf("ada"), ownRecordOf("bea"), counselorRecord(clinic.ada), counselorRecord(clinic.bea))) {
            assertThat(partners.mentions(NOTE_SENTENCE))
                    .as("note text in " + partners)
                    .isFalse();
            assertThat(partners.mentions(ADDENDUM_SENTENCE)).isFalse();
            assertThat(partners.mentions("Bea spoke")).isFalse();
            assertThat(partners.section("sessions"))
                    .as("the session's date is there")
                    .singleElement()
                    .satisfies(s -> assertThat(s.has("note")).isFalse());
            assertThat(partners.json().get("includesCounselorNotes").asBoolean())
                    .isFalse();
        }

        ExportedRecord everything = counselorRecord(null);
        String sha = notes.open(session).signature().sha256();
        assertThat(everything.mentions(NOTE_SENTENCE)).isTrue();
        assertThat(everything.pdfText()).contains(NOTE_SENTENCE).contains(sha).contains(ADDENDUM_SENTENCE);
        JsonNode note = everything.section("sessions").getFirst().get("note");
        assertThat(note.get("sha256").asString()).isEqualTo(sha);
        assertThat(note.get("integrity").asString()).isEqualTo("INTACT");
        assertThat(note.get("addenda")).singleElement().satisfies(a -> {
            assertThat(a.get("text").asString()).isEqualTo(ADDENDUM_SENTENCE);
            assertThat(a.get("sha256").asString()).hasSize(64);
        });
        assertThat(everything.json().get("includesCounselorNotes").asBoolean()).isTrue();
    }

    @Test
    void aPrivateMessageIsInTheCounselorsFullRecordMarkedConfidentialAndInNoPartnersRecord() {
        String secret = "I do not feel safe when he drinks — לא בטוח לי בבית";
        clinic.asClient("bea");
        privateChannel.send(new NewPrivateMessage(UUID.randomUUID(), secret, true, false, false, true));

        for (ExportedRecord partners : List.of(
                ownRecordOf("ada"), ownRecordOf("bea"), counselorRecord(clinic.ada), counselorRecord(clinic.bea))) {
            assertThat(partners.mentions(secret))
                    .as("private message in " + partners)
                    .isFalse();
            assertThat(partners.section("privateMessages")).isEmpty();
        }

        ExportedRecord everything = counselorRecord(null);
        assertThat(everything.section("privateMessages")).singleElement().satisfies(message -> {
            assertThat(message.get("text").asString()).isEqualTo(secret);
            assertThat(message.get("from").asString()).isEqualTo("Bea");
            assertThat(message.get("unsafeAtHome").asString()).isEqualTo("YES");
        });
        assertThat(everything.pdfText())
                .contains("Private messages from the partners")
                .contains(secret);
        assertThat(sectionsOf(everything))
                .filteredOn(section -> section.get("key").asString().equals("privateMessages"))
                .singleElement()
                .satisfies(section ->
                        assertThat(section.get("confidential").asBoolean()).isTrue());
        assertThat(audited("PRIVATE_MESSAGE_READ", "SUCCESS"))
                .as("the message read for the export, once for the JSON and once for the PDF")
                .isEqualTo(2);
    }

    @Test
    void everythingHoldsTheSupervisorsCoSignatureBesideTheSignature() {
        clinic.asAdmin();
        accountAdmin.setSupervision(clinic.counselorTwo.accountId(), true, null);
        accountAdmin.setSupervision(clinic.counselorOne.accountId(), false, clinic.counselorTwo.accountId());
        clinic.asCounselorOne();
        long session = signedNoteWithAddendum();
        clinic.asCounselorTwo();
        long version = coSigning.open(session).note().coSignature().version();
        String coSha = coSigning
                .coSign(session, version, TestAccounts.PASSWORD)
                .coSignature()
                .sha256();

        JsonNode note = counselorRecord(null).section("sessions").getFirst().get("note");
        JsonNode co = note.get("coSignature");
        assertThat(co.get("state").asString()).isEqualTo("CO_SIGNED");
        assertThat(co.get("sha256").asString()).isEqualTo(coSha).hasSize(64);
        assertThat(co.get("integrity").asString()).isEqualTo("INTACT");
        assertThat(co.get("coSignedBy").asString()).startsWith("Counselor Two");
        assertThat(note.get("sha256").asString()).isNotEqualTo(coSha);
    }

    @Test
    void theCounselorsRecordForAPartnerIsExactlyThatPartnersOwn() {
        long shared = assign(Visibility.SHARED);
        long hidden = assign(Visibility.COUNSELOR_ONLY);
        long together = assign(Visibility.REVEAL_TOGETHER);
        answer("ada", shared, "Ada-shared-x1", true);
        answer("bea", shared, "Bea-shared-x2", true);
        answer("bea", hidden, "Bea-hidden-x3", true);
        answer("bea", together, "Bea-together-x4", true);
        signedNoteWithAddendum();

        for (String name : List.of("ada", "bea")) {
            long partnerId = name.equals("ada") ? clinic.ada : clinic.bea;
            ExportedRecord own = ownRecordOf(name);
            ExportedRecord forPartner = counselorRecord(partnerId);
            assertThat(sectionsOf(forPartner)).as(name).isEqualTo(sectionsOf(own));
            assertThat(forPartner.json().get("kind").asString()).isEqualTo("COUPLE_FOR_PARTNER");
            assertThat(own.json().get("kind").asString()).isEqualTo("PARTNERS_OWN");
        }
        ExportedRecord everything = counselorRecord(null);
        assertThat(everything.mentions("Bea-hidden-x3")).isTrue();
        assertThat(everything.mentions("Bea-together-x4")).isTrue();
        assertThat(counselorRecord(clinic.ada).mentions("Bea-together-x4")).isFalse();
    }

    private void planCheckIns(Visibility visibility) {
        clinic.asCounselorOne();
        long version = counselorCheckIns.progress(clinic.coupleOne).plan().version();
        counselorCheckIns.savePlan(clinic.coupleOne, Cadence.ONCE, visibility, version);
    }

    private void checkIn(String partner, int value) {
        clinic.asClient(partner);
        MyCheckIn open = myCheckIns.open().orElseThrow();
        Map<Long, Integer> answers = new HashMap<>();
        open.instruments().forEach(i -> i.items().forEach(item -> answers.put(item.id(), Math.min(value, item.max()))));
        myCheckIns.submit(open.roundOn(), answers, open.version(), open.visibility());
    }

    @Test
    void aPartnersRecordHasTheirOwnCheckInsAndNoneOfTheOthersUnderCounselorOnly() {
        planCheckIns(Visibility.COUNSELOR_ONLY);
        checkIn("ada", 3);
        checkIn("bea", 4);
        ExportedRecord adaAlone = ownRecordOf("ada");
        assertThat(adaAlone.section("checkIns")).singleElement().satisfies(c -> {
            assertThat(c.get("partnerId").asLong()).isEqualTo(clinic.ada);
            assertThat(c.get("answers")).as("her own answers, every one").hasSize(13);
        });
        assertThat(counselorRecord(null).section("checkIns")).hasSize(2);
    }

    @Test
    void underRevealTogetherThePartnersScoresAreInTheRecordButNotTheirAnswers() {
        planCheckIns(Visibility.REVEAL_TOGETHER);
        checkIn("ada", 3);
        assertThat(ownRecordOf("bea").section("checkIns"))
                .as("Bea has not answered")
                .isEmpty();
        checkIn("bea", 4);
        List<JsonNode> adas = ownRecordOf("ada").section("checkIns");
        assertThat(adas).hasSize(2);
        JsonNode beas = adas.stream()
                .filter(c -> c.get("partnerId").asLong() == clinic.bea)
                .findFirst()
                .orElseThrow();
        assertThat(beas.get("scores")).isNotEmpty();
        assertThat(beas.get("answers"))
                .as("the answers to each question are the counselor's to read")
                .isEmpty();
        assertThat(sectionsOf(counselorRecord(clinic.ada))).isEqualTo(sectionsOf(ownRecordOf("ada")));
    }

    @Test
    void theCouplesRecordIsRefusedAndAuditedForAnyoneButItsCounselor() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        clinic.asCounselorTwo();
        assertThatThrownBy(() -> coupleRecord.export(clinic.coupleOne, null, "curious", texts, out))
                .isInstanceOf(CaseNotAvailableException.class);
        assertThat(audited("RECORD_EXPORTED", "DENIED")).isEqualTo(1);

        clinic.asAdmin();
        assertThatThrownBy(() -> coupleRecord.export(clinic.coupleOne, null, "audit", texts, out))
                .isInstanceOf(AccessDeniedException.class);
        clinic.asClient("ada");
        assertThatThrownBy(() -> coupleRecord.export(clinic.coupleOne, clinic.ada, "mine", texts, out))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited("SERVICE_CALL", "DENIED"))
                .as("admin and client, by the role rule")
                .isEqualTo(2);

        clinic.asCounselorOne();
        assertThatThrownBy(
                        () -> coupleRecord.export(clinic.coupleOne, clinic.cyd, "another couple's partner", texts, out))
                .isInstanceOf(CaseNotAvailableException.class);
        clinic.asAdmin();
        assertThatThrownBy(() -> myRecord.exportMine(texts, out)).isInstanceOf(AccessDeniedException.class);
        clinic.asCounselorOne();
        assertThatThrownBy(() -> myRecord.exportMine(texts, out)).isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).as("nothing was written for anyone refused").isZero();
        assertThat(audited("RECORD_EXPORTED", "SUCCESS")).isZero();
    }

    @Test
    void theCounselorMustGiveAReasonWhichIsAuditedWithTheExport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        clinic.asCounselorOne();
        assertThatThrownBy(() -> coupleRecord.export(clinic.coupleOne, null, "  ", texts, out))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(out.size()).isZero();

        counselorRecord(clinic.bea);
        String detail = jdbc.queryForObject(
                "select detail from audit_entry where couple_id = ? and action = 'RECORD_EXPORTED' and outcome = 'SUCCESS'",
                String.class,
                clinic.coupleOne);
        assertThat(detail).contains("for partner").contains("Requested by the couple");
        Long partner = jdbc.queryForObject(
                "select partner_id from audit_entry where couple_id = ? and action = 'RECORD_EXPORTED'",
                Long.class,
                clinic.coupleOne);
        assertThat(partner).isEqualTo(clinic.bea);

        ownRecordOf("ada");
        assertThat(audited("RECORD_EXPORTED", "SUCCESS")).isEqualTo(2);
    }
}
