package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditReview;
import app.dyad.audit.AuditTrail;
import app.dyad.couples.CaseloadFilter;
import app.dyad.couples.CaseloadRow;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.GoalVisibility;
import app.dyad.couples.NewGoal;
import app.dyad.couples.spi.HomeworkFigures;
import app.dyad.couples.ui.AdminCouplesView;
import app.dyad.couples.ui.CoupleView;
import app.dyad.couples.ui.MyHomeView;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.Visibility;
import app.dyad.exercises.ui.ExerciseView;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionSummary;
import app.dyad.sessions.SessionsClinic;
import app.dyad.sessions.ui.AgendaView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * "Today" is the clinic's day, not UTC's nor the server's. Every date-sensitive flow runs in a clinic far east of UTC
 * (Kiritimati, UTC+14) and one far west (Honolulu, UTC−10) — set only through {@code dyad.clinic.time-zone} — with the
 * clock one minute before and one minute after the clinic's midnight between Sunday 15 and Monday 16 March 2026. At
 * each of those moments the clinic's date differs from UTC's in one of the two zones, so a date taken from UTC (or from
 * the JVM's zone) shows up as the wrong day, week, default or filter.
 */
class ClinicDayTest {

    static final String KIRITIMATI = "Pacific/Kiritimati";
    static final String HONOLULU = "Pacific/Honolulu";

    /** The Monday after the clinic midnight every test straddles. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
    /** How far ahead the assign dialog proposes the due date (AssignDialog: {@code today.plusDays(7)}). */
    static final int DEFAULT_DUE_IN_DAYS = 7;

    /** Where the test clock stands, in the clinic's own time. */
    enum Moment {
        ONE_MINUTE_TO_MIDNIGHT(MONDAY.minusDays(1), LocalTime.of(23, 59)),
        ONE_MINUTE_PAST_MIDNIGHT(MONDAY, LocalTime.of(0, 1));

        /** The clinic's date at this moment. */
        final LocalDate today;

        final LocalTime time;

        Moment(LocalDate today, LocalTime time) {
            this.today = today;
            this.time = time;
        }
    }

    @Nested
    @DyadSpringTest
    @TestPropertySource(properties = "dyad.clinic.time-zone=" + KIRITIMATI)
    class InKiritimati extends ClinicDayScenarios {

        InKiritimati() {
            super(ZoneId.of(KIRITIMATI));
        }
    }

    @Nested
    @DyadSpringTest
    @TestPropertySource(properties = "dyad.clinic.time-zone=" + HONOLULU)
    class InHonolulu extends ClinicDayScenarios {

        InHonolulu() {
            super(ZoneId.of(HONOLULU));
        }
    }

    /** The flows, run once per clinic zone (one Spring context each). */
    abstract static class ClinicDayScenarios extends SpringBrowserlessTest {

        @Autowired
        TestClock clock;

        @Autowired
        TestAccounts accounts;

        @Autowired
        CoupleAdminService admins;

        @Autowired
        CoupleService couples;

        @Autowired
        HomeworkService homework;

        @Autowired
        ExerciseLibrary library;

        @Autowired
        AppointmentService sessions;

        @Autowired
        NoteService notes;

        @Autowired
        AuditTrail trail;

        @Autowired
        AuditReview review;

        @Value("${dyad.clinic.time-zone}")
        String configuredZone;

        final ZoneId zone;
        SessionsClinic clinic;

        ClinicDayScenarios(ZoneId zone) {
            this.zone = zone;
        }

        @BeforeEach
        void theZoneComesFromTheProperty() {
            assertThat(configuredZone)
                    .as("dyad.clinic.time-zone of this context")
                    .isEqualTo(zone.getId());
        }

        @AfterEach
        void signOutAndGiveTheClockBack() {
            TestAccounts.signOut();
            clock.set(Instant.now());
        }

        /** Puts the clock at the moment in the clinic's zone, then opens a fresh clinic (two caseloads, an admin). */
        private void at(Moment moment) {
            assertThat(MONDAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            clock.set(instant(moment.today, moment.time));
            clinic = new SessionsClinic(accounts, admins, couples);
        }

        private Instant instant(LocalDate date, LocalTime time) {
            return ZonedDateTime.of(date, time, zone).toInstant();
        }

        private String when(Moment moment) {
            return moment.today + " " + moment.time + " in " + zone + " (" + clock.instant() + ")";
        }

        private long exercise() {
            return library.find(LibraryFilter.everything(), PageRequest.of(0, 1))
                    .getFirst()
                    .id();
        }

        /** One assignment for Ada alone, so each shows exactly one state chip. */
        private long assignToAda(LocalDate due) {
            clinic.asCounselorOne();
            Instant now = clock.instant();
            if (due.isBefore(LocalDate.ofInstant(now, zone))) {
                // a past due date cannot be assigned: it was assigned on its day, which has since passed
                clock.set(instant(due, LocalTime.NOON));
            }
            try {
                return assign(due);
            } finally {
                clock.set(now);
            }
        }

        private long assign(LocalDate due) {
            return homework.assign(
                            clinic.coupleOne,
                            UUID.randomUUID(),
                            new NewAssignment(
                                    exercise(),
                                    Audience.ONE_PARTNER,
                                    clinic.ada,
                                    due,
                                    NewAssignment.Recurrence.ONCE,
                                    1,
                                    null,
                                    Visibility.SHARED))
                    .getFirst();
        }

        /** Schedules the plan, or records it as a session that took place when the clock has passed its start. */
        private long book(SessionPlan plan) {
            return instant(Objects.requireNonNull(plan.date()), Objects.requireNonNull(plan.start()))
                            .isBefore(clock.instant())
                    ? sessions.recordPastSession(clinic.coupleOne, UUID.randomUUID(), plan)
                    : sessions.schedule(clinic.coupleOne, UUID.randomUUID(), plan);
        }

        private static String text(Component component) {
            return component.getElement().getTextRecursively();
        }

        private Dialog openDialog() {
            return $(Dialog.class).all().stream()
                    .filter(Dialog::isOpened)
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one dialog open");
                    })
                    .orElseThrow(() -> new AssertionError("no dialog open"));
        }

        // a) the assign dialog's default due date

        @ParameterizedTest
        @EnumSource(Moment.class)
        void theAssignDialogOnTheHomeworkTabProposesAWeekFromTheClinicsToday(Moment moment) {
            at(moment);
            clinic.asCounselorOne();
            navigate(CoupleView.class, clinic.coupleOne);
            $(TabSheet.class).single().setSelectedIndex(1);
            test($(Button.class).id("assign-exercise")).click();

            DatePicker due = $(DatePicker.class, openDialog()).single();
            assertThat(due.getValue())
                    .as("default due date at " + when(moment))
                    .isEqualTo(moment.today.plusDays(DEFAULT_DUE_IN_DAYS));
            assertThat(due.getMin()).as("earliest due date at " + when(moment)).isEqualTo(moment.today);
        }

        @ParameterizedTest
        @EnumSource(Moment.class)
        void theAssignDialogFromTheLibraryProposesAWeekFromTheClinicsToday(Moment moment) {
            at(moment);
            clinic.asCounselorOne();
            CaseloadRow couple = couples.findCaseload(new CaseloadFilter("", null), PageRequest.of(0, 10))
                    .getFirst();
            navigate("library/exercise/" + exercise(), ExerciseView.class);
            test($(Button.class).id("assign-from-library")).click();
            @SuppressWarnings("unchecked")
            ComboBox<CaseloadRow> choice = $(ComboBox.class).id("assign-couple");
            choice.setValue(couple);
            test($(Button.class).id("assign-couple-next")).click();

            DatePicker due = $(DatePicker.class, openDialog()).single();
            assertThat(due.getValue())
                    .as("default due date at " + when(moment))
                    .isEqualTo(moment.today.plusDays(DEFAULT_DUE_IN_DAYS));
            assertThat(due.getMin()).as("earliest due date at " + when(moment)).isEqualTo(moment.today);
        }

        // b) overdue: due clinic-yesterday is overdue, due clinic-today is not

        @ParameterizedTest
        @EnumSource(Moment.class)
        void theCaseloadCountsHomeworkDueYesterdayAsOverdueButNotHomeworkDueToday(Moment moment) {
            at(moment);
            assignToAda(moment.today.minusDays(1));
            assignToAda(moment.today);

            CaseloadRow row = couples.findCaseload(new CaseloadFilter("", null), PageRequest.of(0, 10)).stream()
                    .filter(r -> r.id() == clinic.coupleOne)
                    .findFirst()
                    .orElseThrow();
            assertThat(row.homework())
                    .as("caseload homework (open, overdue) at " + when(moment))
                    .isEqualTo(new HomeworkFigures.Counts(2, 1));
        }

        @ParameterizedTest
        @EnumSource(Moment.class)
        void theHomeworkTabMarksOnlyYesterdaysAssignmentOverdue(Moment moment) {
            at(moment);
            assignToAda(moment.today.minusDays(1));
            assignToAda(moment.today);
            navigate(CoupleView.class, clinic.coupleOne);
            $(TabSheet.class).single().setSelectedIndex(1);

            // latest due first: today's card, then yesterday's
            List<Div> cards = $(Div.class).withClassName("dyad-homework").all();
            assertThat(cards).hasSize(2);
            assertThat($(Span.class, cards.get(0))
                            .withClassName("dyad-status-error")
                            .all())
                    .as("overdue chips on the card due today (%s) at %s", moment.today, when(moment))
                    .isEmpty();
            assertThat($(Span.class, cards.get(1))
                            .withClassName("dyad-status-error")
                            .all())
                    .as("overdue chips on the card due yesterday (%s) at %s", moment.today.minusDays(1), when(moment))
                    .hasSize(1);
        }

        @ParameterizedTest
        @EnumSource(Moment.class)
        void aPartnerSeesOnlyYesterdaysAssignmentAsOverdueOnTheirHome(Moment moment) {
            at(moment);
            assignToAda(moment.today.minusDays(1));
            assignToAda(moment.today);
            clinic.asClient("ada");
            navigate(MyHomeView.class);

            // latest due first: today's row, then yesterday's
            List<Div> rows = $(Div.class, $(VerticalLayout.class).id("my-exercises"))
                    .withClassName("dyad-goal")
                    .all();
            assertThat(rows).hasSize(2);
            assertThat($(Span.class, rows.get(0))
                            .withClassName("dyad-status-error")
                            .all())
                    .as("overdue state of the exercise due today (%s) at %s", moment.today, when(moment))
                    .isEmpty();
            assertThat($(Span.class, rows.get(1))
                            .withClassName("dyad-status-error")
                            .all())
                    .as("overdue state of the exercise due yesterday at %s", when(moment))
                    .hasSize(1);
        }

        // c) the agenda's week

        @ParameterizedTest
        @EnumSource(Moment.class)
        void aSessionPlannedAtHalfPastMidnightOnMondayStartsThenInTheClinicAndFallsInThatWeek(Moment moment) {
            at(moment);
            LocalDate monday = moment.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            clinic.asCounselorOne();
            long justAfterItsStart =
                    book(new SessionPlan(monday, LocalTime.of(0, 30), 30, SessionFormat.PHONE, null, null));
            long justBeforeItsStart = book(
                    new SessionPlan(monday.minusDays(1), LocalTime.of(23, 0), 30, SessionFormat.PHONE, null, null));

            assertThat(sessions.session(justAfterItsStart).startsAt())
                    .as("start of a session planned %s 00:30 in %s", monday, zone)
                    .isEqualTo(instant(monday, LocalTime.of(0, 30)));
            assertThat(sessions.week(monday))
                    .extracting(SessionSummary::id)
                    .as("sessions of the week of " + monday)
                    .contains(justAfterItsStart)
                    .doesNotContain(justBeforeItsStart);
        }

        @ParameterizedTest
        @EnumSource(Moment.class)
        void theAgendaOpensOnTheClinicsCurrentWeekWithItsMondayHalfPastMidnightSession(Moment moment) {
            at(moment);
            LocalDate monday = moment.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            clinic.asCounselorOne();
            book(new SessionPlan(monday, LocalTime.of(0, 30), 30, SessionFormat.PHONE, null, null));
            book(new SessionPlan(monday.minusDays(1), LocalTime.of(23, 0), 30, SessionFormat.PHONE, null, null));

            navigate(AgendaView.class);
            Locale locale = UI.getCurrent().getLocale();
            List<Div> days = $(Div.class).withClassName("dyad-cal-day").all();
            assertThat(days).hasSize(7);
            assertThat(days.get(0).getElement().getAttribute("data-day"))
                    .as("first day shown at " + when(moment))
                    .isEqualTo(monday.toString());
            assertThat(days.stream()
                            .filter(d -> d.hasClassName("dyad-cal-today"))
                            .map(d -> d.getElement().getAttribute("data-day")))
                    .as("day marked as today at " + when(moment))
                    .containsExactly(moment.today.toString());
            assertThat(days.stream()
                            .filter(d -> text(d).contains("Ada & Bea"))
                            .map(d -> d.getElement().getAttribute("data-day")))
                    .as("days showing a session, at " + when(moment))
                    .containsExactly(monday.toString());
            DateTimeFormatter time =
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
            assertThat(text(days.get(0)))
                    .as("the Monday session's time as the agenda shows it")
                    .contains(time.format(LocalTime.of(0, 30)) + "–" + time.format(LocalTime.of(1, 0)));
        }

        // c2) reviewed in session, today

        @ParameterizedTest
        @EnumSource(Moment.class)
        void reviewingHomeworkInASessionStampsTheClinicsDate(Moment moment) {
            at(moment);
            long id = assignToAda(moment.today);
            homework.markReviewedInSession(id);

            HomeworkItem item = Pages.all(p -> homework.homeworkOfCouple(clinic.coupleOne, p)).stream()
                    .filter(i -> i.id() == id)
                    .findFirst()
                    .orElseThrow();
            assertThat(item.reviewedOn()).as("reviewed on, at " + when(moment)).isEqualTo(moment.today);
        }

        // d) notes to sign: an instant rule (24 h after the end), so only the plan's zone matters

        @ParameterizedTest
        @EnumSource(Moment.class)
        void aNoteIsToSignOnlyOnceADayHasPassedSinceTheSessionEndedAtTheClinicsMidnight(Moment moment) {
            at(moment);
            clinic.asCounselorOne();
            // Saturday 23:10 + 50 min ends on the clinic's midnight into Sunday: to sign from Monday 00:00 on
            long session = book(new SessionPlan(
                    MONDAY.minusDays(2), LocalTime.of(23, 10), 50, SessionFormat.IN_PERSON, null, null));

            List<Long> toSign =
                    sessions.notesToSign().stream().map(SessionSummary::id).toList();
            if (moment == Moment.ONE_MINUTE_PAST_MIDNIGHT) {
                assertThat(toSign).as("notes to sign at " + when(moment)).containsExactly(session);
            } else {
                assertThat(toSign).as("notes to sign at " + when(moment)).isEmpty();
            }
        }

        @ParameterizedTest
        @EnumSource(Moment.class)
        void theSessionsPreparationListsHomeworkUpToTheSessionsClinicDate(Moment moment) {
            at(moment);
            clinic.asCounselorOne();
            long session = book(new SessionPlan(MONDAY, LocalTime.of(0, 30), 50, SessionFormat.IN_PERSON, null, null));

            var preparation = notes.prepare(session);
            assertThat(preparation.homeworkTo())
                    .as("preparation up to, at " + when(moment))
                    .isEqualTo(MONDAY);
            assertThat(preparation.homeworkFrom()).isEqualTo(MONDAY.minusWeeks(4));
        }

        // e) the admin's audit date filter

        @ParameterizedTest
        @EnumSource(Moment.class)
        void theAuditDateFilterFindsARowOnTheClinicDayItWasWritten(Moment moment) {
            at(moment);
            clinic.asAdmin();
            trail.recordRefusal(AuditAction.PAGE_OPENED, null, null, "written at " + moment);

            LocalDate day = moment.today;
            assertThat(review.count(onDay(day)))
                    .as("rows found for %s, written at %s", day, when(moment))
                    .isEqualTo(1);
            assertThat(review.count(onDay(day.minusDays(1))))
                    .as("rows found for %s", day.minusDays(1))
                    .isZero();
            assertThat(review.count(onDay(day.plusDays(1))))
                    .as("rows found for %s", day.plusDays(1))
                    .isZero();
        }

        @Test
        void theAuditDateFilterFindsRowsWrittenAtHalfPastMidnightAndHalfPastElevenOnTheirClinicDay() {
            at(Moment.ONE_MINUTE_PAST_MIDNIGHT);
            clinic.asAdmin();
            clock.set(instant(MONDAY, LocalTime.of(0, 30)));
            trail.recordRefusal(AuditAction.PAGE_OPENED, null, null, "Monday 00:30");
            clock.set(instant(MONDAY, LocalTime.of(23, 30)));
            trail.recordRefusal(AuditAction.PAGE_OPENED, null, null, "Monday 23:30");

            assertThat(review.find(onDay(MONDAY), PageRequest.of(0, 10)))
                    .extracting(r -> r.detail())
                    .as("rows found for Monday %s in %s", MONDAY, zone)
                    .containsExactly("Monday 23:30", "Monday 00:30");
            assertThat(review.count(onDay(MONDAY.minusDays(1))))
                    .as("rows found for the Sunday before")
                    .isZero();
            assertThat(review.count(onDay(MONDAY.plusDays(1))))
                    .as("rows found for the Tuesday after")
                    .isZero();
        }

        private AuditQuery onDay(LocalDate day) {
            return new AuditQuery(clinic.admin.email(), null, AuditAction.PAGE_OPENED, null, day, day);
        }

        // f) the admin's new couple starts today

        @ParameterizedTest
        @EnumSource(Moment.class)
        void aNewCoupleStartsOnTheClinicsTodayByDefault(Moment moment) {
            at(moment);
            clinic.asAdmin();
            navigate(AdminCouplesView.class);
            test($(Button.class).id("new-couple")).click();

            assertThat($(DatePicker.class).id("started-on").getValue())
                    .as("default start at " + when(moment))
                    .isEqualTo(moment.today);
        }

        // g) a goal achieved today

        @ParameterizedTest
        @EnumSource(Moment.class)
        void aGoalTickedAsAchievedIsAchievedOnTheClinicsToday(Moment moment) {
            at(moment);
            clinic.asCounselorOne();
            couples.addGoal(clinic.coupleOne, new NewGoal(null, "Speak kindly " + clinic.tag, GoalVisibility.SHARED));
            navigate(CoupleView.class, clinic.coupleOne);
            String edit = UI.getCurrent().getTranslation("goals.edit");
            test($(Button.class).all().stream()
                            .filter(b -> edit.equals(b.getText()))
                            .findFirst()
                            .orElseThrow())
                    .click();

            Dialog editor = openDialog();
            test($(Checkbox.class, editor).single()).click();
            assertThat($(DatePicker.class, editor).single().getValue())
                    .as("default achieved date at " + when(moment))
                    .isEqualTo(moment.today);
        }
    }
}
