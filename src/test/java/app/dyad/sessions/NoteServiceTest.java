package app.dyad.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditReview;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Session notes against MariaDB: drafts, conflicts, signing, addenda, who may read, and the audit of every read. */
@DyadSpringTest
class NoteServiceTest {

    @Autowired
    NoteService notes;

    @Autowired
    AppointmentService sessions;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditReview audit;

    @Autowired
    TestClock clock;

    @Autowired
    ClinicCalendar calendar;

    SessionsClinic clinic;
    long yesterday;

    @BeforeEach
    void sessionThatTookPlace() {
        clinic = new SessionsClinic(accounts, admins, couples);
        yesterday = clinic.sessionHeldYesterday(sessions, calendar);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private LocalDate today() {
        return SessionsClinic.today(calendar);
    }

    private Map<String, String> dap(String data, String plan) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", data);
        sections.put(NoteTemplate.partnerSection(clinic.ada), "Ada was quiet");
        sections.put(NoteTemplate.partnerSection(clinic.bea), "Bea led");
        sections.put("assessment", "Progress");
        sections.put("plan", plan);
        return sections;
    }

    /** Refusals by a service's role rule (Spring's authorization event): not tied to a couple. */
    private long deniedServiceCalls(SignedInUser actor) {
        clinic.asAdmin();
        long count = audit.count(
                new AuditQuery(actor.email(), null, AuditAction.SERVICE_CALL, AuditOutcome.DENIED, null, null));
        accounts.signInAs(actor.email(), "", actor.role());
        return count;
    }

    private WrittenNote signed() {
        return notes.sign(
                yesterday,
                new NoteDraft(NoteTemplate.COUPLES_DAP, dap("What happened", "Next steps"), -1),
                TestAccounts.PASSWORD);
    }

    private long auditRows(SignedInUser actor, AuditAction action, AuditOutcome outcome) {
        clinic.asAdmin();
        long count = audit.count(new AuditQuery(actor.email(), clinic.coupleOne, action, outcome, null, null));
        accounts.signInAs(actor.email(), "", actor.role());
        return count;
    }

    @Test
    void aNewNoteHasTheCouplesDapSectionsWithAnObservationForEachAttendingPartner() {
        WrittenNote note = notes.open(yesterday);

        assertThat(note.version()).isEqualTo(-1);
        assertThat(note.sections().keySet())
                .containsExactly("data", "partner-" + clinic.ada, "partner-" + clinic.bea, "assessment", "plan");
        long individual = sessions.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(today().plusDays(1), LocalTime.of(8, 0), 45, SessionFormat.PHONE, null, clinic.bea));
        assertThat(notes.open(individual).sections().keySet())
                .containsExactly("data", "partner-" + clinic.bea, "assessment", "plan");
        assertThat(notes.emptyDraft(yesterday, NoteTemplate.SOAP).sections().keySet())
                .containsExactly("subjective", "objective", "assessment", "plan");
    }

    @Test
    void aDraftIsSavedAndReopenedWithItsLatestText() {
        WrittenNote first =
                notes.saveDraft(yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("First words", ""), -1));
        WrittenNote second = notes.saveDraft(
                yesterday,
                new NoteDraft(NoteTemplate.COUPLES_DAP, dap("First words, then more", "Plan"), first.version()));

        WrittenNote reopened = notes.open(yesterday);
        assertThat(reopened.sections())
                .containsEntry("data", "First words, then more")
                .containsEntry("plan", "Plan");
        assertThat(reopened.version()).isEqualTo(second.version()).isGreaterThan(first.version());
        assertThat(reopened.isSigned()).isFalse();
    }

    @Test
    void aSaveFromASecondTabOnAnOlderVersionIsRefusedAndTheFirstTabsTextIsKept() {
        WrittenNote opened = notes.saveDraft(yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Start", ""), -1));
        notes.saveDraft(
                yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Tab one's text", ""), opened.version()));

        assertThatThrownBy(() -> notes.saveDraft(
                        yesterday,
                        new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Tab two's text", ""), opened.version())))
                .isInstanceOf(EditConflictException.class);
        assertThat(notes.open(yesterday).sections()).containsEntry("data", "Tab one's text");
    }

    @Test
    void twoTabsStartingTheSameNoteCannotBothCreateIt() {
        notes.saveDraft(yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Tab one", ""), -1));

        assertThatThrownBy(() -> notes.saveDraft(
                        yesterday, new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "Tab two"), -1)))
                .isInstanceOf(EditConflictException.class);
        assertThat(notes.open(yesterday).sections()).containsEntry("data", "Tab one");
    }

    @Test
    void theTemplateCannotChangeOnceTheNoteHasTextSoNoSectionIsDropped() {
        WrittenNote saved = notes.saveDraft(yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Words", ""), -1));

        assertThatThrownBy(() -> notes.saveDraft(
                        yesterday, new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", ""), saved.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("template"));
        assertThat(notes.open(yesterday).sections()).containsEntry("data", "Words");
    }

    @Test
    void signingNeedsThePasswordAndRecordsSignerUtcTimeAndTheHashOfWhatWasSigned() {
        assertThatThrownBy(() -> notes.sign(
                        yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Text", "Plan"), -1), "not my password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("password"));
        assertThat(notes.open(yesterday).isSigned()).isFalse();

        WrittenNote note = signed();

        WrittenNote.Signature signature = note.signature();
        assertThat(signature).isNotNull();
        assertThat(signature.signerId()).isEqualTo(clinic.counselorOne.accountId());
        assertThat(signature.signedAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(signature.sha256()).matches("[0-9a-f]{64}");
        assertThat(signature.intact()).isTrue();
        assertThat(signature.sha256())
                .isEqualTo(SignedContent.ofNote(
                        noteId(),
                        sessionRows.findById(yesterday).orElseThrow(),
                        NoteTemplate.COUPLES_DAP,
                        dap("What happened", "Next steps"),
                        clinic.counselorOne.accountId(),
                        signature.signedAt()));
        assertThat(sessions.session(yesterday).status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CounsellingSessionRepository sessionRows;

    private long noteId() {
        return jdbc.queryForObject("select id from session_note where session_id = ?", Long.class, yesterday);
    }

    @Test
    void noServiceCallChangesASignedNote() {
        WrittenNote note = signed();

        assertThatThrownBy(() -> notes.saveDraft(
                        yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Rewritten", ""), note.version())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> notes.sign(
                        yesterday,
                        new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Rewritten", ""), note.version()),
                        TestAccounts.PASSWORD))
                .isInstanceOf(InvalidInputException.class);
        assertThat(notes.open(yesterday).sections()).containsEntry("data", "What happened");
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteSignedNotesAndAddendaWhateverTheCode() {
        long draftSession = sessions.recordPastSession(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(today().minusDays(2), LocalTime.of(9, 0), 50, SessionFormat.IN_PERSON, null, null));
        notes.saveDraft(draftSession, new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "draft"), -1));
        signed();
        notes.addAddendum(yesterday, UUID.randomUUID(), "A correction", TestAccounts.PASSWORD);

        // a draft is still an ordinary row
        assertThat(jdbc.update(
                        "update session_note set sections = '{\"text\":\"edited\"}' where session_id = ?",
                        draftSession))
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("update session_note set sections = '{}' where session_id = ?", yesterday))
                .hasMessageContaining("signed session note cannot be changed");
        assertThatThrownBy(
                        () -> jdbc.update("update session_note set signed_at = null where session_id = ?", yesterday))
                .hasMessageContaining("signed session note cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from session_note where session_id = ?", yesterday))
                .hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("update note_addendum set text = 'rewritten' where note_id = ?", noteId()))
                .hasMessageContaining("signed addendum cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from note_addendum where note_id = ?", noteId()))
                .hasMessageContaining("signed addendum cannot be deleted");
        assertThat(notes.open(yesterday).sections()).containsEntry("data", "What happened");
        assertThat(notes.open(yesterday).addenda())
                .extracting(WrittenNote.Addendum::text)
                .containsExactly("A correction");
    }

    @Test
    void addendaAreSignedLikeTheNoteListedInOrderAndChainedToItsHash() {
        assertThatThrownBy(() -> notes.addAddendum(yesterday, UUID.randomUUID(), "Too early", TestAccounts.PASSWORD))
                .isInstanceOf(InvalidInputException.class);
        WrittenNote note = signed();
        assertThatThrownBy(() -> notes.addAddendum(yesterday, UUID.randomUUID(), "Wrong password", "guess"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("password"));

        notes.addAddendum(yesterday, UUID.randomUUID(), "First correction", TestAccounts.PASSWORD);
        clock.advance(Duration.ofMinutes(5));
        WrittenNote withTwo =
                notes.addAddendum(yesterday, UUID.randomUUID(), "Second correction", TestAccounts.PASSWORD);

        assertThat(withTwo.addenda())
                .extracting(WrittenNote.Addendum::text)
                .containsExactly("First correction", "Second correction");
        WrittenNote.Addendum second = withTwo.addenda().get(1);
        assertThat(second.authorId()).isEqualTo(clinic.counselorOne.accountId());
        assertThat(second.intact()).isTrue();
        assertThat(second.sha256())
                .isEqualTo(SignedContent.ofAddendum(
                        noteId(),
                        note.signature().sha256(),
                        "Second correction",
                        clinic.counselorOne.accountId(),
                        second.signedAt()));
        assertThat(withTwo.signature().sha256()).isEqualTo(note.signature().sha256());
    }

    @Test
    void aNoteCannotBeSignedBeforeItsSessionStartsOrWhenItIsEmpty() {
        long tomorrow = sessions.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(today().plusDays(1), LocalTime.of(10, 0), 50, SessionFormat.IN_PERSON, null, null));

        assertThatThrownBy(() -> notes.sign(
                        tomorrow,
                        new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "Early"), -1),
                        TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("note").key()).isEqualTo("note.sign-not-yet"));
        assertThatThrownBy(() -> notes.sign(
                        yesterday,
                        new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "  "), -1),
                        TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("note").key()).isEqualTo("note.sign-empty"));
    }

    private void refusedAndAudited(SignedInUser outsider, AuditAction action, ThrowableAssert.ThrowingCallable call) {
        long before = auditRows(outsider, action, AuditOutcome.DENIED);
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        assertThat(auditRows(outsider, action, AuditOutcome.DENIED))
                .as(action + " refusal audited")
                .isEqualTo(before + 1);
    }

    @Test
    void theOtherCounselorIsRefusedEveryNoteActionAndEachRefusalIsAudited() {
        notes.saveDraft(yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Confidential", ""), -1));
        SignedInUser other = clinic.asCounselorTwo();

        refusedAndAudited(other, AuditAction.NOTE_READ, () -> notes.open(yesterday));
        refusedAndAudited(other, AuditAction.NOTE_READ, () -> notes.prepare(yesterday));
        refusedAndAudited(other, AuditAction.NOTE_READ, () -> notes.emptyDraft(yesterday, NoteTemplate.SOAP));
        refusedAndAudited(
                other,
                AuditAction.NOTE_SAVED,
                () -> notes.saveDraft(yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Overwritten", ""), 0)));
        refusedAndAudited(
                other,
                AuditAction.NOTE_SIGNED,
                () -> notes.sign(
                        yesterday,
                        new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Overwritten", ""), 0),
                        TestAccounts.PASSWORD));
        refusedAndAudited(
                other,
                AuditAction.ADDENDUM_SIGNED,
                () -> notes.addAddendum(yesterday, UUID.randomUUID(), "x", TestAccounts.PASSWORD));
        refusedAndAudited(other, AuditAction.NOTE_EXPORTED, () -> notes.signedNote(yesterday));
        clinic.asCounselorOne();
        assertThat(notes.open(yesterday).sections()).containsEntry("data", "Confidential");
    }

    @Test
    void adminsAndClientsNeverReachANote() {
        notes.saveDraft(yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("Confidential", ""), -1));
        for (SignedInUser outsider : List.of(clinic.asAdmin(), clinic.asClient("ada"), clinic.asClient("bea"))) {
            long before = deniedServiceCalls(outsider);
            assertThatThrownBy(() -> notes.open(yesterday)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.prepare(yesterday)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.signedNote(yesterday)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(
                            () -> notes.saveDraft(yesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, dap("x", ""), 0)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(deniedServiceCalls(outsider)).isEqualTo(before + 4);
        }
    }

    @Test
    void theSessionOfASignedNoteNoLongerChangesInTheServiceOrTheDatabase() {
        WrittenNote note = signed();
        long version = sessions.session(yesterday).version();

        assertThatThrownBy(() -> sessions.setStatus(yesterday, version, SessionStatus.SCHEDULED))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.setStatus(yesterday, version, SessionStatus.NO_SHOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.cancel(yesterday, version, CancelledBy.COUPLE, "after the fact"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update counselling_session set starts_at = starts_at - interval 1 day " + "where id = ?",
                        yesterday))
                .hasMessageContaining("session of a signed note cannot be changed");
        assertThat(sessions.session(yesterday).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(notes.open(yesterday).signature().intact()).isTrue();
        assertThat(note.signature().sha256())
                .isEqualTo(notes.open(yesterday).signature().sha256());
    }

    @Test
    void whoAttendedCannotChangeOnceTheSessionHasANote() {
        long coming = sessions.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(today().plusDays(1), LocalTime.of(10, 0), 50, SessionFormat.IN_PERSON, null, null));
        notes.saveDraft(coming, new NoteDraft(NoteTemplate.COUPLES_DAP, Map.of("data", "Prepared in advance"), -1));

        assertThatThrownBy(() -> sessions.reschedule(
                        coming,
                        0,
                        new SessionPlan(
                                today().plusDays(1),
                                LocalTime.of(10, 0),
                                50,
                                SessionFormat.IN_PERSON,
                                null,
                                clinic.ada)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("attendeePartnerId"));
        sessions.reschedule(
                coming,
                0,
                new SessionPlan(
                        today().plusDays(2),
                        LocalTime.of(11, 0),
                        50,
                        SessionFormat.VIDEO,
                        "https://meet.example.org/x",
                        null));
        assertThat(notes.open(coming).sections()).containsEntry("data", "Prepared in advance");
    }

    @Test
    void aLockedAccountCannotGuessItsPasswordThroughTheSignDialog() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> notes.sign(
                            yesterday, new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "t"), -1), "guess"))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> notes.sign(
                        yesterday,
                        new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "t"), -1),
                        TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("password").key()).isEqualTo("password.locked"));
        assertThat(notes.open(yesterday).isSigned()).isFalse();
    }

    @Test
    void aNewlyAssignedCounselorInheritsTheNotesAndThePreviousOneLosesThem() {
        signed();
        clinic.asAdmin();
        long version = admins.findCouples(clinic.tag, PageRequest.of(0, 10)).stream()
                .filter(c -> c.id() == clinic.coupleOne)
                .findFirst()
                .orElseThrow()
                .version();
        admins.reassignCounselor(clinic.coupleOne, version, clinic.counselorTwo.accountId());

        clinic.asCounselorTwo();
        assertThat(notes.open(yesterday).sections()).containsEntry("data", "What happened");
        assertThat(sessions.sessionsOfCouple(clinic.coupleOne, Pageable.ofSize(10)))
                .extracting(SessionSummary::id)
                .contains(yesterday);
        clinic.asCounselorOne();
        assertThatThrownBy(() -> notes.open(yesterday)).isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.week(today().minusDays(3)))
                .extracting(SessionSummary::id)
                .doesNotContain(yesterday);
    }

    @Test
    void everyReadOfANoteAndEveryExportIsAudited() {
        long reads = auditRows(clinic.counselorOne, AuditAction.NOTE_READ, AuditOutcome.SUCCESS);
        notes.open(yesterday);
        notes.open(yesterday);
        assertThat(auditRows(clinic.counselorOne, AuditAction.NOTE_READ, AuditOutcome.SUCCESS))
                .isEqualTo(reads + 2);

        assertThatThrownBy(() -> notes.signedNote(yesterday)).isInstanceOf(InvalidInputException.class);
        signed();
        long exports = auditRows(clinic.counselorOne, AuditAction.NOTE_EXPORTED, AuditOutcome.SUCCESS);
        NoteService.SignedNote export = notes.signedNote(yesterday);
        assertThat(export.note().isSigned()).isTrue();
        assertThat(export.partners().coupleId()).isEqualTo(clinic.coupleOne);
        assertThat(auditRows(clinic.counselorOne, AuditAction.NOTE_EXPORTED, AuditOutcome.SUCCESS))
                .isEqualTo(exports + 1);
    }
}
