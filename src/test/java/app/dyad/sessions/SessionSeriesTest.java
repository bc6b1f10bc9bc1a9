package app.dyad.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditReview;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Recurring sessions (issue 11, item 12): each occurrence its own session, in one idempotent, audited command. */
@DyadSpringTest
class SessionSeriesTest {

    @Autowired
    SessionSeries series;

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
    ClinicCalendar calendar;

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

    private LocalDate first() {
        return calendar.today().plusDays(3);
    }

    private SessionPlan plan(LocalDate day) {
        return new SessionPlan(day, LocalTime.of(17, 0), 50, SessionFormat.IN_PERSON, "Room 1", null);
    }

    private List<LocalDate> daysOf(List<Long> ids) {
        return ids.stream()
                .map(id -> calendar.dayOf(sessions.session(id).startsAt()))
                .toList();
    }

    @Test
    void weeklyForFourTimesCreatesFourSessionsAWeekApartAtTheSameClinicTime() {
        List<Long> ids = series.schedule(
                clinic.coupleOne, UUID.randomUUID(), plan(first()), Recurrence.times(Recurrence.Every.WEEK, 4));

        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        assertThat(daysOf(ids))
                .containsExactly(first(), first().plusWeeks(1), first().plusWeeks(2), first().plusWeeks(3));
        assertThat(ids).allSatisfy(id -> {
            SessionSummary s = sessions.session(id);
            assertThat(s.startsAt()).isEqualTo(calendar.at(calendar.dayOf(s.startsAt()), LocalTime.of(17, 0)));
            assertThat(s.durationMinutes()).isEqualTo(50);
            assertThat(s.status()).isEqualTo(SessionStatus.SCHEDULED);
        });
        assertThat(sessions.countSessionsOfCouple(clinic.coupleOne)).isEqualTo(4);
    }

    @Test
    void everyTwoWeeksUntilADateStopsOnOrBeforeThatDate() {
        List<Long> ids = series.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                plan(first()),
                Recurrence.until(Recurrence.Every.TWO_WEEKS, first().plusWeeks(5)));

        assertThat(daysOf(ids)).containsExactly(first(), first().plusWeeks(2), first().plusWeeks(4));
    }

    @Test
    void moreThanTheLimitOrAnEndBeforeTheStartIsRefusedSayingTheLimit() {
        assertThatThrownBy(() -> series.schedule(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        plan(first()),
                        Recurrence.times(Recurrence.Every.WEEK, Recurrence.MAX_OCCURRENCES + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsKey("times");
                    assertThat(e.fieldErrors().get("times").args()).contains(Recurrence.MAX_OCCURRENCES);
                });
        assertThatThrownBy(() -> series.schedule(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        plan(first()),
                        Recurrence.until(Recurrence.Every.WEEK, first().plusWeeks(60))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("until"));
        assertThatThrownBy(() -> series.schedule(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        plan(first()),
                        Recurrence.until(Recurrence.Every.WEEK, first().minusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("until"));
        assertThatThrownBy(() -> series.schedule(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        plan(calendar.today().minusDays(7)),
                        Recurrence.times(Recurrence.Every.WEEK, 3)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("date").key()).isEqualTo("session.in-past"));
        assertThat(sessions.countSessionsOfCouple(clinic.coupleOne)).isZero();
    }

    @Test
    void theSameCommandSentTwiceCreatesTheSeriesOnce() {
        UUID command = UUID.randomUUID();
        List<Long> once = series.schedule(
                clinic.coupleOne, command, plan(first()), Recurrence.times(Recurrence.Every.TWO_WEEKS, 6));
        List<Long> again = series.schedule(
                clinic.coupleOne, command, plan(first()), Recurrence.times(Recurrence.Every.TWO_WEEKS, 6));

        assertThat(again).isEqualTo(once);
        assertThat(sessions.countSessionsOfCouple(clinic.coupleOne)).isEqualTo(6);
    }

    @Test
    void eachOccurrenceIsAuditedAsAScheduling() {
        long before = auditRows(clinic.counselorOne, AuditOutcome.SUCCESS);
        series.schedule(clinic.coupleOne, UUID.randomUUID(), plan(first()), Recurrence.times(Recurrence.Every.WEEK, 3));
        assertThat(auditRows(clinic.counselorOne, AuditOutcome.SUCCESS)).isEqualTo(before + 3);
    }

    @Test
    void anotherCounselorsCoupleIsRefusedAndTheRefusalAudited() {
        clinic.asCounselorTwo();
        long before = auditRows(clinic.counselorTwo, AuditOutcome.DENIED);
        assertThatThrownBy(() -> series.schedule(
                        clinic.coupleOne, UUID.randomUUID(), plan(first()), Recurrence.times(Recurrence.Every.WEEK, 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditRows(clinic.counselorTwo, AuditOutcome.DENIED)).isEqualTo(before + 1);
        clinic.asCounselorOne();
        assertThat(sessions.sessionsOfCouple(clinic.coupleOne, PageRequest.of(0, 5)))
                .isEmpty();
    }

    @Test
    void anOccurrenceThatClashesWithAnotherSessionIsReportedBeforeSaving() {
        long booked = sessions.schedule(clinic.coupleOne, UUID.randomUUID(), plan(first().plusWeeks(2)));
        SessionPlan half = new SessionPlan(first(), LocalTime.of(17, 30), 50, SessionFormat.VIDEO, null, null);

        assertThat(series.overlaps(half, Recurrence.times(Recurrence.Every.WEEK, 4)))
                .extracting(SessionOverlap::sessionId)
                .containsExactly(booked);
        assertThat(series.overlaps(half, Recurrence.times(Recurrence.Every.TWO_WEEKS, 4)))
                .extracting(SessionOverlap::sessionId)
                .containsExactly(booked);
        assertThat(series.overlaps(half, Recurrence.times(Recurrence.Every.WEEK, 2)))
                .isEmpty();
    }

    private long auditRows(SignedInUser actor, AuditOutcome outcome) {
        clinic.asAdmin();
        long count = audit.count(
                new AuditQuery(actor.email(), clinic.coupleOne, AuditAction.SESSION_SCHEDULED, outcome, null, null));
        accounts.signInAs(actor.email(), "", actor.role());
        return count;
    }
}
