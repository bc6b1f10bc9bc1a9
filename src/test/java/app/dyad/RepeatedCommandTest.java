package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.Visibility;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionsClinic;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A double-click sends the same command twice (issue 11, item 2). Each creating command carries the id its form
 * drew once; the same id sent twice at the same moment, through the real services and database, creates one row
 * and both callers get its result.
 */
@DyadSpringTest
class RepeatedCommandTest {

    @Autowired
    AppointmentService sessions;

    @Autowired
    NoteService notes;

    @Autowired
    HomeworkService homework;

    @Autowired
    ExerciseLibrary library;

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

    @Test
    void theSameSessionCommandTwiceAtOnceSchedulesOneSession() throws Exception {
        UUID command = UUID.randomUUID();
        SessionPlan plan = new SessionPlan(
                calendar.today().plusDays(3), LocalTime.of(10, 0), 50, SessionFormat.IN_PERSON, "Room 1", null);

        List<Long> ids = twiceAtOnce(() -> sessions.schedule(clinic.coupleOne, command, plan));

        assertThat(sessions.countSessionsOfCouple(clinic.coupleOne)).isEqualTo(1);
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
    }

    @Test
    void theSameAssignmentTwiceAtOnceAssignsOnce() throws Exception {
        UUID command = UUID.randomUUID();
        long exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 1)).stream()
                .map(ExerciseSummary::id)
                .findFirst()
                .orElseThrow();
        NewAssignment assignment = new NewAssignment(
                exerciseId,
                Audience.BOTH_SEPARATELY,
                null,
                calendar.today().plusDays(7),
                NewAssignment.Recurrence.WEEKLY,
                3,
                null,
                Visibility.COUNSELOR_ONLY);

        List<List<Long>> ids = twiceAtOnce(() -> homework.assign(clinic.coupleOne, command, assignment));

        assertThat(homework.countHomeworkOfCouple(clinic.coupleOne)).isEqualTo(3);
        assertThat(ids.get(0)).hasSize(3).isEqualTo(ids.get(1));
    }

    @Test
    void theSameAddendumTwiceAtOnceIsSignedOnce() throws Exception {
        long session = clinic.sessionHeldYesterday(sessions, calendar);
        notes.sign(
                session,
                new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "What happened"), -1),
                TestAccounts.PASSWORD);
        UUID command = UUID.randomUUID();

        twiceAtOnce(() -> notes.addAddendum(session, command, "A correction", TestAccounts.PASSWORD));

        assertThat(jdbc.queryForObject(
                        "select count(*) from note_addendum a join session_note n on n.id = a.note_id"
                                + " where n.session_id = ?",
                        Long.class,
                        session))
                .isEqualTo(1);
        assertThat(notes.open(session).addenda()).hasSize(1);
    }

    /** Runs the call in two threads released together, each signed in as the caller; returns both results. */
    private <T> List<T> twiceAtOnce(Callable<T> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = new DelegatingSecurityContextExecutorService(
                Executors.newFixedThreadPool(2), SecurityContextHolder.getContext());
        List<Future<T>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        ready.await();
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        List<T> results = new ArrayList<>();
        for (Future<T> result : calls) {
            results.add(result.get());
        }
        return results;
    }
}
