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
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 15, part 3, against MariaDB: a supervised counselor's signed notes wait for their supervisor, who alone reads,
 * co-signs (password re-entered, hash chained to the note's) or returns them; nobody else reaches them.
 */
@DyadSpringTest
class CoSignServiceTest {

    @Autowired
    CoSignService coSign;

    @Autowired
    NoteService notes;

    @Autowired
    AppointmentService sessions;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditReview audit;

    @Autowired
    TestClock clock;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    SessionsClinic clinic;
    /** Supervises counselor one. */
    SignedInUser supervisor;
    /** Another supervisor, of nobody until a test names them. */
    SignedInUser otherSupervisor;

    long yesterday;

    @BeforeEach
    void counselorOneIsSupervised() {
        clinic = new SessionsClinic(accounts, admins, couples);
        supervisor = accounts.ensure("sup-" + clinic.tag + "@test.dyad", "Supervisor " + clinic.tag, Role.COUNSELOR);
        otherSupervisor =
                accounts.ensure("sup2-" + clinic.tag + "@test.dyad", "Supervisor Two " + clinic.tag, Role.COUNSELOR);
        clinic.asAdmin();
        accountAdmin.setSupervision(supervisor.accountId(), true, null);
        accountAdmin.setSupervision(otherSupervisor.accountId(), true, null);
        accountAdmin.setSupervision(clinic.counselorOne.accountId(), false, supervisor.accountId());
        yesterday = clinic.sessionHeldYesterday(sessions, calendar);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private WrittenNote sign(long sessionId, String text) {
        return notes.sign(
                sessionId, new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", text), -1), TestAccounts.PASSWORD);
    }

    private SignedInUser as(SignedInUser user) {
        return accounts.signInAs(user.email(), "", user.role());
    }

    private long sessionOfCoupleTwo() {
        clinic.asCounselorTwo();
        return sessions.recordPastSession(
                clinic.coupleTwo,
                UUID.randomUUID(),
                new SessionPlan(
                        calendar.today().minusDays(1), LocalTime.of(9, 0), 50, SessionFormat.VIDEO, null, null));
    }

    private List<Long> waitingFor(SignedInUser user) {
        as(user);
        return coSign.toCoSign(Pageable.ofSize(50)).stream()
                .map(CoSignRow::sessionId)
                .toList();
    }

    private long auditRows(SignedInUser actor, AuditAction action, AuditOutcome outcome) {
        clinic.asAdmin();
        long count = audit.count(new AuditQuery(actor.email(), null, action, outcome, null, null));
        as(actor);
        return count;
    }

    private void refusedAndAudited(SignedInUser outsider, AuditAction action, ThrowableAssert.ThrowingCallable call) {
        long before = auditRows(outsider, action, AuditOutcome.DENIED);
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        assertThat(auditRows(outsider, action, AuditOutcome.DENIED))
                .as(action + " refusal audited")
                .isEqualTo(before + 1);
    }

    private String refusalKey(ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (InvalidInputException refused) {
            return refused.fieldErrors().values().iterator().next().key();
        } catch (Throwable other) {
            throw new AssertionError("refused otherwise", other);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aSupervisedNoteWaitsForTheNamedSupervisorOnlyAndTheyReadItAudited() {
        sign(yesterday, "Confidential");

        assertThat(waitingFor(supervisor)).containsExactly(yesterday);
        CoSignRow row = coSign.toCoSign(Pageable.ofSize(10)).getFirst();
        assertThat(row.superviseeName()).isEqualTo(clinic.counselorOne.displayName());
        assertThat(row.answered()).isFalse();
        assertThat(coSign.countToCoSign()).isEqualTo(1);
        assertThat(waitingFor(otherSupervisor)).isEmpty();
        assertThat(waitingFor(clinic.counselorTwo)).isEmpty();
        assertThat(waitingFor(clinic.counselorOne))
                .as("a supervisee never co-signs their own")
                .isEmpty();

        long reads = auditRows(supervisor, AuditAction.NOTE_READ_FOR_CO_SIGNATURE, AuditOutcome.SUCCESS);
        CoSignService.SupervisedNote read = coSign.open(yesterday);
        assertThat(read.note().sections()).containsEntry("text", "Confidential");
        assertThat(read.note().coSignature().state()).isEqualTo(CoSignState.AWAITING);
        assertThat(read.session().coupleId()).isEqualTo(clinic.coupleOne);
        assertThat(auditRows(supervisor, AuditAction.NOTE_READ_FOR_CO_SIGNATURE, AuditOutcome.SUCCESS))
                .isEqualTo(reads + 1);
    }

    @Test
    void nobodyButTheNamedSupervisorReachesTheNoteAndEachRefusalIsAudited() {
        WrittenNote note = sign(yesterday, "Confidential");
        long version = note.coSignature().version();

        for (SignedInUser outsider : List.of(otherSupervisor, clinic.counselorTwo, clinic.counselorOne)) {
            as(outsider);
            refusedAndAudited(outsider, AuditAction.NOTE_READ_FOR_CO_SIGNATURE, () -> coSign.open(yesterday));
            refusedAndAudited(
                    outsider,
                    AuditAction.NOTE_CO_SIGNED,
                    () -> coSign.coSign(yesterday, version, TestAccounts.PASSWORD));
            refusedAndAudited(outsider, AuditAction.NOTE_RETURNED, () -> coSign.returnNote(yesterday, version, "No"));
        }
        for (SignedInUser outsider : List.of(clinic.asAdmin(), clinic.asClient("ada"))) {
            assertThatThrownBy(() -> coSign.open(yesterday)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> coSign.toCoSign(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> coSign.coSign(yesterday, version, TestAccounts.PASSWORD))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> coSign.returnNote(yesterday, version, "No"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        as(clinic.counselorOne);
        assertThat(notes.open(yesterday).coSignature().state()).isEqualTo(CoSignState.AWAITING);
    }

    @Test
    void theSupervisorReadsOnlyTheNoteNeitherTheCoupleNorItsOtherNotes() {
        long draftSession = sessions.recordPastSession(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(
                        calendar.today().minusDays(2), LocalTime.of(9, 0), 50, SessionFormat.IN_PERSON, null, null));
        notes.saveDraft(draftSession, new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "Draft"), -1));
        sign(yesterday, "Signed");

        as(supervisor);
        assertThat(coSign.open(yesterday).note().sections()).containsEntry("text", "Signed");
        assertThatThrownBy(() -> coSign.open(draftSession)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.open(yesterday)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> couples.getCouple(clinic.coupleOne)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherSupervisorsSuperviseeAndAnUnsupervisedCounselorsNotesAreRefused() {
        long unsupervised = sessionOfCoupleTwo();
        sign(unsupervised, "Signed with no rule");
        clinic.asAdmin();
        accountAdmin.setSupervision(clinic.counselorTwo.accountId(), false, otherSupervisor.accountId());
        long supervisedByOther = sessionOfCoupleTwo();
        sign(supervisedByOther, "Signed under the rule");

        as(otherSupervisor);
        assertThat(waitingFor(otherSupervisor)).containsExactly(supervisedByOther);
        assertThatThrownBy(() -> coSign.open(unsupervised))
                .as("signed before the rule: needs no co-signature")
                .isInstanceOf(AccessDeniedException.class);
        as(supervisor);
        refusedAndAudited(supervisor, AuditAction.NOTE_READ_FOR_CO_SIGNATURE, () -> coSign.open(supervisedByOther));
        clinic.asCounselorTwo();
        assertThat(notes.open(unsupervised).coSignature()).isNull();
    }

    @Test
    void coSigningNeedsThePasswordAndItsHashCoversTheNoteAndItsAddendaInOrder() {
        WrittenNote note = sign(yesterday, "What happened");
        notes.addAddendum(yesterday, UUID.randomUUID(), "A correction", TestAccounts.PASSWORD);
        WrittenNote withAddendum = notes.open(yesterday);
        clock.advance(Duration.ofHours(2));

        as(supervisor);
        long version = coSign.open(yesterday).note().coSignature().version();
        assertThat(refusalKey(() -> coSign.coSign(yesterday, version, "not my password")))
                .startsWith("password.");
        WrittenNote coSigned = coSign.coSign(yesterday, version, TestAccounts.PASSWORD);

        WrittenNote.CoSignature co = coSigned.coSignature();
        assertThat(co.state()).isEqualTo(CoSignState.CO_SIGNED);
        assertThat(co.coSignerName()).isEqualTo(supervisor.displayName());
        assertThat(co.coSignedAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(co.addendaCovered()).isEqualTo(1);
        assertThat(co.intact()).isTrue();
        long noteId = jdbc.queryForObject("select id from session_note where session_id = ?", Long.class, yesterday);
        assertThat(co.sha256())
                .isEqualTo(SignedContent.ofCoSignature(
                        noteId,
                        note.signature().sha256(),
                        List.of(withAddendum.addenda().getFirst().sha256()),
                        supervisor.accountId(),
                        co.coSignedAt()));
        assertThat(waitingFor(supervisor)).isEmpty();

        as(clinic.counselorOne);
        notes.addAddendum(yesterday, UUID.randomUUID(), "Added after the co-signature", TestAccounts.PASSWORD);
        WrittenNote seenBySupervisee = notes.open(yesterday);
        assertThat(seenBySupervisee.coSignature().intact())
                .as("a later addendum is not covered and does not break the co-signature")
                .isTrue();
        assertThat(seenBySupervisee.coSignature().coSignerName()).isEqualTo(supervisor.displayName());
        assertThat(seenBySupervisee.coSignature().state()).isEqualTo(CoSignState.CO_SIGNED);
        assertThat(notes.signedNote(yesterday).note().coSignature().sha256()).isEqualTo(co.sha256());
    }

    @Test
    void aNoteIsCoSignedOnceAndTheDatabaseRefusesToChangeTheCoSignature() {
        sign(yesterday, "Once");
        as(supervisor);
        long version = coSign.open(yesterday).note().coSignature().version();
        coSign.coSign(yesterday, version, TestAccounts.PASSWORD);

        assertThat(refusalKey(() -> coSign.coSign(yesterday, version, TestAccounts.PASSWORD)))
                .isEqualTo("cosign.already-co-signed");
        assertThat(refusalKey(() -> coSign.returnNote(yesterday, version, "Too late")))
                .isEqualTo("cosign.already-co-signed");
        assertThatThrownBy(() ->
                        jdbc.update("update note_co_signature set co_signed_by = null where session_id = ?", yesterday))
                .hasMessageContaining("co-signed note cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from note_co_signature where session_id = ?", yesterday))
                .hasMessageContaining("cannot be deleted");
    }

    @Test
    void aReturnedNoteIsAnsweredInAnAddendumAndIsThenBackInTheList() {
        sign(yesterday, "First version");
        as(supervisor);
        long version = coSign.open(yesterday).note().coSignature().version();
        assertThat(refusalKey(() -> coSign.returnNote(yesterday, version, "   ")))
                .isEqualTo("validation.required");

        coSign.returnNote(yesterday, version, "Please describe the risk assessment.");
        assertThat(waitingFor(supervisor)).isEmpty();
        long returnedVersion = coSign.open(yesterday).note().coSignature().version();
        assertThat(refusalKey(() -> coSign.coSign(yesterday, returnedVersion, TestAccounts.PASSWORD)))
                .isEqualTo("cosign.returned-unanswered");

        as(clinic.counselorOne);
        WrittenNote.CoSignature returned = notes.open(yesterday).coSignature();
        assertThat(returned.state()).isEqualTo(CoSignState.RETURNED);
        assertThat(returned.returnedByName()).isEqualTo(supervisor.displayName());
        assertThat(returned.returnComment()).isEqualTo("Please describe the risk assessment.");
        notes.addAddendum(yesterday, UUID.randomUUID(), "Risk assessed: none.", TestAccounts.PASSWORD);

        assertThat(waitingFor(supervisor)).containsExactly(yesterday);
        assertThat(coSign.toCoSign(Pageable.ofSize(10)).getFirst().answered()).isTrue();
        WrittenNote coSigned = coSign.coSign(
                yesterday, coSign.open(yesterday).note().coSignature().version(), TestAccounts.PASSWORD);
        assertThat(coSigned.coSignature().addendaCovered()).isEqualTo(1);
        assertThat(coSigned.coSignature().intact()).isTrue();
    }

    @Test
    void aSecondTabActingOnAStaleVersionGetsAConflictNotAnError() {
        sign(yesterday, "Two tabs");
        as(supervisor);
        long seenInBothTabs = coSign.open(yesterday).note().coSignature().version();
        coSign.returnNote(yesterday, seenInBothTabs, "From the first tab");
        assertThat(refusalKey(() -> coSign.returnNote(yesterday, seenInBothTabs, "From the second tab")))
                .isEqualTo("cosign.returned-unanswered");

        as(clinic.counselorOne);
        notes.addAddendum(yesterday, UUID.randomUUID(), "Answered", TestAccounts.PASSWORD);
        as(supervisor);
        assertThatThrownBy(() -> coSign.coSign(yesterday, seenInBothTabs, TestAccounts.PASSWORD))
                .as("the second tab has not seen the answer")
                .isInstanceOf(EditConflictException.class);
        assertThat(coSign.open(yesterday).note().coSignature().state()).isEqualTo(CoSignState.AWAITING);
    }

    @Test
    void anAddendumSignedAfterTheSupervisorReadTheNoteMakesTheirCoSignatureAConflict() {
        sign(yesterday, "Read by the supervisor");
        as(supervisor);
        long read = coSign.open(yesterday).note().coSignature().version();

        as(clinic.counselorOne);
        notes.addAddendum(yesterday, UUID.randomUUID(), "Not yet read by the supervisor", TestAccounts.PASSWORD);
        as(supervisor);
        assertThatThrownBy(() -> coSign.coSign(yesterday, read, TestAccounts.PASSWORD))
                .as("a co-signature vouches only for what the supervisor has read")
                .isInstanceOf(EditConflictException.class);
        WrittenNote reread = coSign.open(yesterday).note();
        assertThat(coSign.coSign(yesterday, reread.coSignature().version(), TestAccounts.PASSWORD)
                        .coSignature()
                        .addendaCovered())
                .isEqualTo(1);
    }

    @Test
    void aNoteSignedBeforeTheRuleNeedsNoCoSignatureAndANewSupervisorTakesOverTheWaitingOnes() {
        clinic.asAdmin();
        accountAdmin.setSupervision(clinic.counselorOne.accountId(), false, null);
        clinic.asCounselorOne();
        assertThat(sign(yesterday, "No rule").coSignature()).isNull();

        long later = sessions.recordPastSession(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(
                        calendar.today().minusDays(3), LocalTime.of(9, 0), 50, SessionFormat.IN_PERSON, null, null));
        clinic.asAdmin();
        accountAdmin.setSupervision(clinic.counselorOne.accountId(), false, supervisor.accountId());
        clinic.asCounselorOne();
        sign(later, "Under the rule");
        assertThat(waitingFor(supervisor)).containsExactly(later);

        clinic.asAdmin();
        accountAdmin.setSupervision(clinic.counselorOne.accountId(), false, otherSupervisor.accountId());
        assertThat(waitingFor(supervisor)).isEmpty();
        assertThat(waitingFor(otherSupervisor)).containsExactly(later);
        as(supervisor);
        assertThatThrownBy(() -> coSign.open(later)).isInstanceOf(AccessDeniedException.class);
        clinic.asCounselorOne();
        assertThat(notes.open(later).coSignature().supervisorName()).isEqualTo(otherSupervisor.displayName());
    }
}
