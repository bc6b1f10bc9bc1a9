package app.dyad.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseloadFilter;
import app.dyad.couples.CaseloadRow;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.identity.TestAccounts;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Scheduling against MariaDB: the agenda, overlaps, statuses, what clients see, and what other caseloads cannot. */
@DyadSpringTest
class AppointmentServiceTest {

    @Autowired
    AppointmentService sessions;

    @Autowired
    MyAppointments myAppointments;

    @Autowired
    NoteService notes;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    SessionsClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new SessionsClinic(accounts, admins, couples);
        clinic.asCounselorOne();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private LocalDate today() {
        return SessionsClinic.today(calendar);
    }

    private SessionPlan at(LocalDate day, int hour, int minutes) {
        return new SessionPlan(day, LocalTime.of(hour, 0), minutes, SessionFormat.IN_PERSON, "Room 1", null);
    }

    @Test
    void aScheduledSessionAppearsOnTheCouplesTabAndInTheCounselorsWeekOnly() {
        LocalDate day = today().plusDays(8);
        long id = sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(day, 14, 50));

        SessionSummary listed = sessions.sessionsOfCouple(clinic.coupleOne, PageRequest.of(0, 20))
                .getFirst();
        assertThat(listed.id()).isEqualTo(id);
        assertThat(listed.startsAt()).isEqualTo(calendar.at(day, LocalTime.of(14, 0)));
        assertThat(listed.durationMinutes()).isEqualTo(50);
        assertThat(listed.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(listed.noteState()).isEqualTo(SessionSummary.NoteState.NONE);
        assertThat(sessions.week(day.minusDays(3)))
                .extracting(SessionSummary::id)
                .contains(id);
        assertThat(sessions.week(day.plusDays(1)))
                .extracting(SessionSummary::id)
                .doesNotContain(id);

        clinic.asCounselorTwo();
        assertThat(sessions.week(day.minusDays(3)))
                .extracting(SessionSummary::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> sessions.sessionsOfCouple(clinic.coupleOne, PageRequest.of(0, 20)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(day, 9, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.cancel(id, 0, CancelledBy.COUNSELOR, "not mine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOverlapWithAnotherOfTheCounselorsSessionsIsReportedButCancelledOnesAndOtherCaseloadsAreNot() {
        LocalDate day = today().plusDays(20);
        long booked = sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(day, 10, 50));

        assertThat(sessions.overlaps(
                        new SessionPlan(day, LocalTime.of(10, 30), 50, SessionFormat.VIDEO, null, null), null))
                .extracting(SessionOverlap::sessionId)
                .containsExactly(booked);
        assertThat(sessions.overlaps(at(day, 11, 50), null)).isEmpty();
        assertThat(sessions.overlaps(at(day, 10, 50), booked)).isEmpty();

        clinic.asCounselorTwo();
        assertThat(sessions.overlaps(at(day, 10, 50), null)).isEmpty();
        clinic.asCounselorOne();
        sessions.cancel(booked, 0, CancelledBy.COUPLE, "Illness");
        assertThat(sessions.overlaps(at(day, 10, 50), null)).isEmpty();
    }

    @Test
    void badPlansAreRefusedNextToTheirFields() {
        assertThatThrownBy(() -> sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(today(), 10, 5)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("durationMinutes"));
        assertThatThrownBy(() -> sessions.schedule(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new SessionPlan(today(), LocalTime.NOON, 50, SessionFormat.VIDEO, "javascript:alert(1)", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("place"));
        assertThatThrownBy(() -> sessions.schedule(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new SessionPlan(null, LocalTime.NOON, 50, SessionFormat.PHONE, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("date"));
        assertThatThrownBy(() -> sessions.schedule(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new SessionPlan(today(), LocalTime.NOON, 50, SessionFormat.PHONE, null, clinic.cyd)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("attendeePartnerId"));
        assertThat(sessions.countSessionsOfCouple(clinic.coupleOne)).isZero();
    }

    @Test
    void cancellingSaysWhoAndWhyAndAStaleVersionIsAConflict() {
        long id = sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(today().plusDays(2), 9, 50));

        assertThatThrownBy(() -> sessions.cancel(id, 0, CancelledBy.PARTNER, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> sessions.setStatus(id, 0, SessionStatus.NO_SHOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("status").key()).isEqualTo("session.not-started"));
        sessions.reschedule(id, 0, at(today().plusDays(3), 9, 60));
        assertThatThrownBy(() -> sessions.cancel(id, 0, CancelledBy.PARTNER, "Work trip"))
                .isInstanceOf(EditConflictException.class);
        sessions.cancel(id, 1, CancelledBy.PARTNER, "Work trip");

        SessionSummary cancelled = sessions.session(id);
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.cancelledBy()).isEqualTo(CancelledBy.PARTNER);
        assertThat(cancelled.cancelReason()).isEqualTo("Work trip");
        assertThat(cancelled.durationMinutes()).isEqualTo(60);
    }

    @Test
    void aPartnerSeesTheCouplesAndTheirOwnIndividualSessionsButNotTheOtherPartnersNorAnyNote() {
        long joint = sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(today().plusDays(4), 17, 50));
        long adasOwn = sessions.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(
                        today().plusDays(5),
                        LocalTime.NOON,
                        45,
                        SessionFormat.VIDEO,
                        "https://meet.example.org/ada",
                        clinic.ada));
        long past = sessions.recordPastSession(clinic.coupleOne, UUID.randomUUID(), at(today().minusDays(3), 17, 50));
        long cancelled = sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(today().plusDays(6), 17, 50));
        sessions.cancel(cancelled, 0, CancelledBy.COUNSELOR, "Counselor ill");

        clinic.asClient("ada");
        assertThat(myAppointments.upcoming()).extracting(MySession::id).containsExactly(joint, adasOwn);
        assertThat(myAppointments.upcoming().get(1).place()).isEqualTo("https://meet.example.org/ada");
        clinic.asClient("bea");
        assertThat(myAppointments.upcoming())
                .extracting(MySession::id)
                .containsExactly(joint)
                .doesNotContain(adasOwn, past, cancelled);
        assertThatThrownBy(() -> sessions.session(joint)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.sessionsOfCouple(clinic.coupleOne, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        clinic.asCounselorTwo();
        assertThatThrownBy(() -> myAppointments.upcoming()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCaseloadShowsEachCouplesNextScheduledSession() {
        sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(today().plusDays(9), 9, 50));
        long next = sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(today().plusDays(2), 15, 50));
        long earlierButCancelled =
                sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(today().plusDays(1), 9, 50));
        sessions.cancel(earlierButCancelled, 0, CancelledBy.CLINIC, "Room flooded");

        CaseloadRow row = couples.findCaseload(new CaseloadFilter(clinic.tag, null), PageRequest.of(0, 10)).stream()
                .filter(r -> r.id() == clinic.coupleOne)
                .findFirst()
                .orElseThrow();
        assertThat(row.nextSession()).isEqualTo(sessions.session(next).startsAt());
    }

    @Test
    void aNoteStillUnsignedADayAfterTheSessionIsListedUntilSigned() {
        long old = sessions.recordPastSession(clinic.coupleOne, UUID.randomUUID(), at(today().minusDays(3), 10, 50));
        long recent = sessions.recordPastSession(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(today(), LocalTime.of(0, 0), 15, SessionFormat.PHONE, null, null));
        long noShow = sessions.recordPastSession(clinic.coupleOne, UUID.randomUUID(), at(today().minusDays(4), 10, 50));
        sessions.setStatus(noShow, 0, SessionStatus.NO_SHOW);
        clock.advance(Duration.ofMinutes(30));

        assertThat(sessions.notesToSign())
                .extracting(SessionSummary::id)
                .contains(old)
                .doesNotContain(recent, noShow);
        // the cards' badge says the same as the list
        assertThat(sessions.session(old).noteOverdue(clock.instant())).isTrue();
        assertThat(sessions.session(recent).noteOverdue(clock.instant())).isFalse();
        assertThat(sessions.session(noShow).noteOverdue(clock.instant())).isFalse();
        notes.saveDraft(old, new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "Draft"), -1));
        assertThat(sessions.notesToSign()).extracting(SessionSummary::id).contains(old);
        WrittenNote draft = notes.open(old);
        notes.sign(
                old,
                new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "Final"), draft.version()),
                TestAccounts.PASSWORD);
        assertThat(sessions.notesToSign()).extracting(SessionSummary::id).doesNotContain(old);

        clinic.asCounselorTwo();
        assertThat(sessions.notesToSign()).extracting(SessionSummary::id).doesNotContain(old, recent);
    }

    private long agendaStatements(LocalDate monday) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        assertThat(sessions.week(monday)).isNotEmpty();
        sessions.notesToSign();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void theAgendaAndTheNotesToSignCostTheSameQueriesForTwoSessionsOrForty() {
        LocalDate monday = today().plusWeeks(3).with(DayOfWeek.MONDAY);
        for (int i = 0; i < 2; i++) {
            sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(monday.plusDays(i), 9, 50));
        }
        long few = agendaStatements(monday);
        for (int i = 0; i < 38; i++) {
            sessions.schedule(clinic.coupleOne, UUID.randomUUID(), at(monday.plusDays(i % 7), 8 + i / 7, 50));
        }
        long many = agendaStatements(monday);
        assertThat(sessions.week(monday)).hasSize(40);
        // the week in one query, the notes to sign in another
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(2);
    }
}
