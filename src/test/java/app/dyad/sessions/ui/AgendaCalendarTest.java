package app.dyad.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CaseloadFilter;
import app.dyad.couples.CaseloadRow;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.identity.TestAccounts;
import app.dyad.safety.NewPrivateMessage;
import app.dyad.safety.PrivateChannel;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.Recurrence;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionSummary;
import app.dyad.sessions.SessionsClinic;
import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The agenda as a day and week time grid (issue 11, item 12), without a browser. */
@DyadSpringTest
class AgendaCalendarTest extends SpringBrowserlessTest {

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
    PrivateChannel privateChannel;

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

    /** The Wednesday of next week: always in the future, always mid-week. */
    private LocalDate wednesday() {
        return calendar.today()
                .plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusDays(2);
    }

    private long scheduleAt(LocalDate day, int hour, int minute, int minutes) {
        return sessions.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(day, LocalTime.of(hour, minute), minutes, SessionFormat.IN_PERSON, "Room 2", null));
    }

    private void open(String view, LocalDate date) {
        UI.getCurrent().navigate("sessions", QueryParameters.simple(Map.of("view", view, "date", date.toString())));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private String shownQuery() {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getQueryString();
    }

    @Test
    void aSessionSitsInItsDaysColumnAtItsStartAndAsTallAsItLasts() {
        long id = scheduleAt(wednesday(), 14, 0, 45);
        open("week", wednesday());

        Div block = $(Div.class).id("cal-session-" + id);
        Div column = (Div) block.getParent().orElseThrow();
        assertThat(column.getElement().getAttribute("data-day"))
                .isEqualTo(wednesday().toString());
        // the grid starts at 07:00 and a quarter of an hour is 1rem: 14:00 is 28 quarters down, 45 min 3 tall
        assertThat(block.getStyle().get("top")).isEqualTo("28rem");
        assertThat(block.getStyle().get("height")).isEqualTo("3rem");
        assertThat(text(block)).contains("Ada & Bea");
        assertThat($(Div.class).withClassName("dyad-cal-day").all()).hasSize(7);
    }

    @Test
    void aCouplesSessionCarriesARedMarkWhileAPartnersPrivateMessageWaits() {
        long id = scheduleAt(wednesday(), 9, 0, 50);
        open("week", wednesday());
        assertThat($(Div.class).id("cal-session-" + id).getClassNames()).doesNotContain("dyad-cal-session-urgent");

        clinic.asClient("bea");
        privateChannel.send(new NewPrivateMessage(UUID.randomUUID(), "Can we talk alone?", false, true, false, true));
        clinic.asCounselorOne();
        open("week", wednesday());
        Div block = $(Div.class).id("cal-session-" + id);
        assertThat(block.getClassNames()).contains("dyad-cal-session-urgent");
        assertThat(block.getElement().getChild(0).getChild(0).getAttribute("aria-label"))
                .isEqualTo("Private message");
        assertThat(text(block)).doesNotContain("Can we talk alone?");

        navigate("sessions/" + id + "/note", SessionNoteView.class);
        assertThat($(Anchor.class).id("prep-urgent").getHref()).endsWith("?tab=private");
    }

    @Test
    void theDayViewShowsOneDayAndASessionOutsideWorkingHoursStillShows() {
        long late = scheduleAt(wednesday(), 21, 30, 30);
        open("day", wednesday());

        assertThat($(Div.class).withClassName("dyad-cal-day").all()).hasSize(1);
        Div block = $(Div.class).id("cal-session-" + late);
        assertThat(text(block)).contains("Ada & Bea");
    }

    @Test
    void clickingAnEmptySlotOpensTheScheduleDialogAtThatTimeWithACouplePickerAndSaysWhenSaved() {
        open("week", wednesday());
        clickEmpty(wednesday(), LocalTime.of(10, 30));

        ScheduleDialog dialog = $(ScheduleDialog.class).single();
        assertThat(dialog.date.getValue()).isEqualTo(wednesday());
        assertThat(dialog.start.getValue()).isEqualTo(LocalTime.of(10, 30));
        assertThat(dialog.couple.isVisible()).isTrue();
        assertThat(dialog.couple.getValue()).isNull();

        test($(Button.class).id("schedule-save")).click();
        assertThat(dialog.couple.isInvalid()).as("no couple chosen yet").isTrue();

        dialog.couple.setValue(caseOne());
        test($(Button.class).id("schedule-save")).click();

        assertThat(sessions.week(wednesday()))
                .singleElement()
                .extracting(SessionSummary::startsAt)
                .isEqualTo(calendar.at(wednesday(), LocalTime.of(10, 30)));
        assertThat(test($(Notification.class).last()).getText()).contains("Session scheduled");
        assertThat($(Div.class).withClassName("dyad-cal-session").all()).hasSize(1);
    }

    @Test
    void aClickOnASessionTileOrOutsideTheDayOpensNothing() {
        open("week", wednesday());
        Div column = dayColumn(wednesday());
        // the browser reports a click on a tile as not on the empty day (the listener's filter)
        fire(column, "click", slotAt(3, false));
        // a position the column does not have, as a forged message would send
        fire(column, "click", slotAt(CalendarGrid.CLOSES * 2, true));
        fire(column, "click", slotAt(-1, true));
        assertThat($(ScheduleDialog.class).all()).isEmpty();
    }

    /** A click on the empty day column at {@code start}, as the browser reports it (the half hour under the pointer). */
    private void clickEmpty(LocalDate day, LocalTime start) {
        int slot = (start.getHour() * 60 + start.getMinute() - CalendarGrid.OPENS * 60) / CalendarGrid.SLOT_MINUTES;
        fire(dayColumn(day), "click", slotAt(slot, true));
    }

    private Div dayColumn(LocalDate day) {
        return $(Div.class).withClassName("dyad-cal-day").all().stream()
                .filter(column -> day.toString().equals(column.getElement().getAttribute("data-day")))
                .findFirst()
                .orElseThrow();
    }

    private static ObjectNode slotAt(int slot, boolean onEmpty) {
        return JsonNodeFactory.instance.objectNode().put(EmptySlots.SLOT, slot).put(EmptySlots.ON_EMPTY, onEmpty);
    }

    private static void fire(Div column, String type, ObjectNode data) {
        new ComponentTester<Div>(column) {
            void fire() {
                fireDomEvent(type, data);
            }
        }.fire();
    }

    @Test
    void aWeeklySeriesFromTheDialogCreatesEachSession() {
        open("week", wednesday());
        clickEmpty(wednesday(), LocalTime.of(9, 0));
        ScheduleDialog dialog = $(ScheduleDialog.class).single();
        dialog.couple.setValue(caseOne());
        dialog.repeat.setValue(Recurrence.Every.WEEK);
        dialog.times.setValue(3);
        test($(Button.class).id("schedule-save")).click();

        assertThat(sessions.countSessionsOfCouple(clinic.coupleOne)).isEqualTo(3);
        assertThat(sessions.week(wednesday().plusWeeks(2))).hasSize(1);
        assertThat(test($(Notification.class).last()).getText()).contains("3 sessions");
    }

    @Test
    void aSessionIsRescheduledFromTheGridAndTheMoveIsConfirmed() {
        long id = scheduleAt(wednesday(), 9, 0, 50);
        open("week", wednesday());
        test($(Button.class).id("cal-change-" + id)).click();
        ScheduleDialog dialog = $(ScheduleDialog.class).single();
        assertThat(dialog.couple.isVisible()).isFalse();
        test(dialog.start).setValue(LocalTime.of(11, 0));
        test($(Button.class).id("schedule-save")).click();

        assertThat(sessions.session(id).startsAt()).isEqualTo(calendar.at(wednesday(), LocalTime.of(11, 0)));
        assertThat(test($(Notification.class).last()).getText()).contains("Session moved");
        assertThat($(Div.class).id("cal-session-" + id).getStyle().get("top")).isEqualTo("16rem");
    }

    @Test
    void previousNextAndTodayMoveByTheShownViewAndKeepItInTheAddress() {
        LocalDate monday = wednesday().minusDays(2);
        open("week", wednesday());
        test($(Button.class).id("agenda-next")).click();
        assertThat(shownQuery()).contains("view=week").contains("date=" + monday.plusWeeks(1));
        test($(Button.class).id("agenda-previous")).click();
        test($(Button.class).id("agenda-previous")).click();
        assertThat(shownQuery()).contains("date=" + monday.minusWeeks(1));

        // the week shown is this week, so the day view opens on today (on a Monday, also its first day): the test
        // expected the Monday, and passed only on Mondays
        test($(Button.class).id("agenda-day-view")).click();
        assertThat(shownQuery()).contains("view=day").contains("date=" + calendar.today());
        test($(Button.class).id("agenda-next")).click();
        assertThat(shownQuery()).contains("date=" + calendar.today().plusDays(1));
        test($(Button.class).id("agenda-today")).click();
        assertThat(shownQuery()).contains("date=" + calendar.today());
        assertThat($(Div.class).withClassName("dyad-cal-today").all()).isNotEmpty();
    }

    private long weekStatements(LocalDate day) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        open("week", day);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aFullWeekCostsTheSameQueriesAsAnAlmostEmptyOne() {
        LocalDate monday = wednesday().minusDays(2);
        scheduleAt(monday, 9, 0, 50);
        long few = weekStatements(monday);
        for (int i = 1; i < 30; i++) {
            scheduleAt(monday.plusDays(i % 7), 8 + i / 7 * 2, 0, 50);
        }
        long many = weekStatements(monday);
        assertThat($(Div.class).withClassName("dyad-cal-session").all()).hasSize(30);
        assertThat(many).isEqualTo(few);
    }

    private CaseloadRow caseOne() {
        return couples.findCaseload(new CaseloadFilter(clinic.tag, CoupleStatus.ACTIVE), PageRequest.of(0, 10)).stream()
                .filter(r -> r.id() == clinic.coupleOne)
                .findFirst()
                .orElseThrow();
    }
}
