package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.Visibility;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionStatus;
import app.dyad.sessions.SessionsClinic;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Dates that are traps (issue 11, item 6): a due date already past, a session "scheduled" a month ago, a case
 * started in 1900. Each is refused by the service with the field's message; a session that already took place is
 * recorded only when the counselor says so.
 */
@DyadSpringTest
class ClinicDatesTest {

    @Autowired
    HomeworkService homework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    AppointmentService sessions;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    TestClock clock;

    SessionsClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new SessionsClinic(accounts, admins, couples);
        clinic.asCounselorOne();
    }

    @AfterEach
    void giveTheClockBack() {
        TestAccounts.signOut();
        clock.set(Instant.now());
    }

    @Test
    void aDueDateBeforeTheClinicsTodayIsRefusedAndTodayIsAccepted() {
        assertRefused(() -> assign(calendar.today().minusDays(1)), "firstDue", "homework.due-in-past");
        assertThat(assign(calendar.today())).isPositive();
    }

    @Test
    void aPassedDueDateMayBeKeptWhenEditingButNothingMovesIntoThePast() {
        long id = assign(calendar.today());
        clock.advance(Duration.ofDays(3));
        LocalDate passed = item(id).dueOn();

        homework.edit(id, item(id).version(), passed, "same day, new note", Visibility.COUNSELOR_ONLY);
        assertRefused(
                () -> homework.edit(id, item(id).version(), passed.plusDays(1), null, Visibility.COUNSELOR_ONLY),
                "dueOn",
                "homework.due-in-past");
        homework.edit(id, item(id).version(), calendar.today(), null, Visibility.COUNSELOR_ONLY);
        assertThat(item(id).dueOn()).isEqualTo(calendar.today());
    }

    @Test
    void aSessionInThePastIsRefusedUnlessItIsRecordedAsOneThatTookPlace() {
        SessionPlan lastMonth = plan(calendar.today().minusMonths(1));
        assertRefused(
                () -> sessions.schedule(clinic.coupleOne, UUID.randomUUID(), lastMonth), "date", "session.in-past");

        long recorded = sessions.recordPastSession(clinic.coupleOne, UUID.randomUUID(), lastMonth);
        assertThat(sessions.session(recorded).status()).isEqualTo(SessionStatus.COMPLETED);
        assertRefused(
                () -> sessions.recordPastSession(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        plan(calendar.today().plusDays(2))),
                "date",
                "session.not-in-past");
        assertThat(sessions.schedule(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        plan(calendar.today().plusDays(2))))
                .isPositive();
    }

    @Test
    void aCaseStartsWithinTheLastThirtyYearsAndNotInTheFuture() {
        clinic.asAdmin();
        LocalDate today = calendar.today();
        assertRefused(() -> openCase(LocalDate.of(1900, 1, 1)), "startedOn", "couples.started-on-range");
        assertRefused(() -> openCase(today.plusDays(1)), "startedOn", "couples.started-on-range");
        assertThat(openCase(today.minusYears(NewCouple.EARLIEST_START_YEARS_AGO)))
                .isPositive();
        assertThat(openCase(today)).isPositive();
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .hasEntrySatisfying(
                                        field,
                                        message -> assertThat(message.key()).isEqualTo(key)));
    }

    private long assign(LocalDate due) {
        long exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 1)).stream()
                .map(ExerciseSummary::id)
                .findFirst()
                .orElseThrow();
        return homework.assign(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId,
                                Audience.BOTH_SEPARATELY,
                                null,
                                due,
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                Visibility.COUNSELOR_ONLY))
                .getFirst();
    }

    private HomeworkItem item(long assignmentId) {
        return homework.homeworkItem(assignmentId);
    }

    private static SessionPlan plan(LocalDate day) {
        return new SessionPlan(day, LocalTime.of(10, 0), 50, SessionFormat.IN_PERSON, "Room 1", null);
    }

    private long openCase(LocalDate startedOn) {
        String tag = clinic.tag + startedOn;
        return admins.createCouple(new NewCouple(
                        new PartnerDetails("Ira" + tag, "Dates", null, null, null, null, null),
                        new PartnerDetails("Jo" + tag, "Dates", null, null, null, null, null),
                        null,
                        startedOn,
                        CoupleStatus.ACTIVE,
                        clinic.counselorOne.accountId()))
                .coupleId();
    }
}
