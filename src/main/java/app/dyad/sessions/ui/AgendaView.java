package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.spi.CaseAlerts;
import app.dyad.identity.Role;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The counselor's calendar: a day or a week as a time grid (today marked), earlier and later pages, a session
 * scheduled from an empty slot or moved from the grid, and the notes still to sign. The view and day are in the
 * address ({@code ?view=week&date=2026-12-07}), so Back and reload keep them; a phone opens on the day.
 */
@Route("sessions")
@RolesAllowed(Role.COUNSELOR_NAME)
@Menu(title = "menu.sessions", order = 22, icon = "vaadin:calendar")
@StyleSheet("themes/dyad/calendar.css")
public class AgendaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Narrower than this (CSS pixels), the agenda opens on the day rather than the week. */
    static final int PHONE_WIDTH = 700;

    /** How much of the calendar is shown: a day or a week. */
    enum Shown {
        DAY(1),
        WEEK(7);

        final int days;

        Shown(int days) {
            this.days = days;
        }
    }

    private final AppointmentService sessions;
    private final Scheduling scheduling;
    private final ClinicCalendar calendar;
    private final CaseAlerts alerts;
    private final H2 title = new H2();
    private final Div toSign = new Div();
    private final Div body = new Div();
    private final Button dayView = new Button();
    private final Button weekView = new Button();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private Shown shown = Shown.WEEK;
    private LocalDate firstDay = LocalDate.EPOCH;

    public AgendaView(AppointmentService sessions, Scheduling scheduling, ClinicCalendar calendar, CaseAlerts alerts) {
        this.sessions = sessions;
        this.alerts = alerts;
        this.scheduling = scheduling;
        this.calendar = calendar;
        addClassName("dyad-page");
        title.addClassName("dyad-page-title");
        title.setId("agenda-title");
        toSign.setId("notes-to-sign");
        body.setId("agenda-days");
        body.setWidthFull();
        add(toolbar(), toSign, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> view = query.getSingleParameter("view");
        shown = view.filter("day"::equals).isPresent() ? Shown.DAY : Shown.WEEK;
        LocalDate date = query.getSingleParameter("date")
                .or(() -> query.getSingleParameter("week"))
                .flatMap(AgendaView::parse)
                .orElse(calendar.today());
        show(date);
        if (view.isEmpty()) {
            // no choice in the address: a phone gets the day, where a week's seven columns would not fit
            event.getUI().getPage().retrieveExtendedClientDetails(details -> {
                if (details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < PHONE_WIDTH) {
                    shown = Shown.DAY;
                    show(date);
                }
            });
        }
    }

    private static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException garbled) {
            return Optional.empty();
        }
    }

    private HorizontalLayout toolbar() {
        dayView.setText(getTranslation("agenda.day"));
        dayView.setId("agenda-day-view");
        dayView.addClickListener(click -> go(
                Shown.DAY, firstDay.equals(ClinicCalendar.mondayOf(calendar.today())) ? calendar.today() : firstDay));
        weekView.setText(getTranslation("agenda.week"));
        weekView.setId("agenda-week-view");
        weekView.addClickListener(click -> go(Shown.WEEK, firstDay));
        previous.setId("agenda-previous");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> go(shown, firstDay.minusDays(shown.days)));
        next.setId("agenda-next");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(click -> go(shown, firstDay.plusDays(shown.days)));
        Button today = new Button(getTranslation("agenda.today"), click -> go(shown, calendar.today()));
        today.setId("agenda-today");
        Button schedule = new Button(getTranslation("agenda.new-session"), VaadinIcon.PLUS.create(), click -> {
            LocalDate day = shown == Shown.DAY || firstDay.equals(ClinicCalendar.mondayOf(calendar.today()))
                    ? (shown == Shown.DAY ? firstDay : calendar.today())
                    : firstDay;
            schedule(day, nextFullHour(day));
        });
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setId("agenda-new-session");
        HorizontalLayout views = new HorizontalLayout(dayView, weekView);
        views.setSpacing(false);
        views.addClassName("dyad-cal-switch");
        HorizontalLayout pages = new HorizontalLayout(previous, today, next);
        pages.setSpacing(false);
        pages.setAlignItems(Alignment.CENTER);
        HorizontalLayout bar = new HorizontalLayout(title, pages, views, schedule);
        bar.setWidthFull();
        bar.setAlignItems(Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("dyad-toolbar");
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private LocalTime nextFullHour(LocalDate day) {
        if (!day.equals(calendar.today())) {
            return LocalTime.of(10, 0);
        }
        int hour = calendar.localDateTime(calendar.now()).getHour() + 1;
        return hour >= 24 ? LocalTime.of(23, 0) : LocalTime.of(hour, 0);
    }

    private void go(Shown target, LocalDate date) {
        getUI().ifPresent(ui -> ui.navigate(
                "sessions",
                QueryParameters.simple(Map.of(
                        "view",
                        target.name().toLowerCase(Locale.ROOT),
                        "date",
                        first(target, date).toString()))));
    }

    private static LocalDate first(Shown target, LocalDate date) {
        return target == Shown.WEEK ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date;
    }

    private void show(LocalDate date) {
        firstDay = first(shown, date);
        boolean week = shown == Shown.WEEK;
        title.setText(week ? CalendarText.week(this, firstDay) : CalendarText.fullDay(this, firstDay));
        dayView.setThemeName(week ? "tertiary" : "primary");
        weekView.setThemeName(week ? "primary" : "tertiary");
        dayView.getElement().setAttribute("aria-pressed", String.valueOf(!week));
        weekView.getElement().setAttribute("aria-pressed", String.valueOf(week));
        previous.setAriaLabel(getTranslation(week ? "agenda.previous" : "agenda.previous-day"));
        previous.setTooltipText(previous.getAriaLabel().orElse(""));
        next.setAriaLabel(getTranslation(week ? "agenda.next" : "agenda.next-day"));
        next.setTooltipText(next.getAriaLabel().orElse(""));
        refresh();
    }

    private void refresh() {
        showNotesToSign();
        List<LocalDate> days =
                firstDay.datesUntil(firstDay.plusDays(shown.days)).toList();
        List<SessionSummary> sessionsShown = sessions.days(firstDay, shown.days);
        body.removeAll();
        Set<Long> urgent = alerts.urgent(
                sessionsShown.stream().map(SessionSummary::coupleId).distinct().toList());
        body.add(new CalendarGrid(days, sessionsShown, urgent, calendar, new CalendarGrid.Actions() {
            @Override
            public void schedule(LocalDate day, LocalTime start) {
                AgendaView.this.schedule(day, start);
            }

            @Override
            public void change(SessionSummary session) {
                new ScheduleDialog(
                                scheduling,
                                sessions.partnersOf(session.coupleId()),
                                session,
                                calendar.dayOf(session.startsAt()),
                                LocalTime.of(10, 0),
                                AgendaView.this::refresh)
                        .open();
            }

            @Override
            public void move(SessionSummary session, LocalDate day, LocalTime start) {
                AgendaView.this.move(session, day, start);
            }
        }));
    }

    private void schedule(LocalDate day, LocalTime start) {
        new ScheduleDialog(scheduling, null, null, day, start, this::refresh).open();
    }

    /** A session dropped on another slot: the same session, same length, at the new time. */
    private void move(SessionSummary session, LocalDate day, LocalTime start) {
        SessionPlan plan = new SessionPlan(
                day, start, session.durationMinutes(), session.format(), session.place(), session.attendeePartnerId());
        try {
            sessions.reschedule(session.id(), session.version(), plan);
            ScheduleDialog.confirmMoved(this, calendar.at(day, start), sessions.overlaps(plan, session.id()));
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().values().stream()
                    .findFirst()
                    .ifPresent(message -> Notification.show(
                                    getTranslation(message.key(), message.args()), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
        } catch (EditConflictException changedMeanwhile) {
            Notification.show(getTranslation("session.changed-meanwhile"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void showNotesToSign() {
        List<SessionSummary> late = sessions.notesToSign();
        toSign.removeAll();
        toSign.setVisible(!late.isEmpty());
        if (!late.isEmpty()) {
            toSign.addClassName("dyad-to-sign");
            H3 heading = new H3(
                    late.size() >= AppointmentService.NOTES_TO_SIGN_SHOWN
                            ? getTranslation("agenda.notes-to-sign-many")
                            : getTranslation("agenda.notes-to-sign", late.size()));
            toSign.add(heading);
            late.forEach(s -> {
                Anchor open = new Anchor(
                        "sessions/" + s.id() + "/note",
                        SessionText.when(this, s.startsAt(), s.endsAt()) + " — " + s.caseName());
                Div row = new Div(open);
                row.addClassName("dyad-review-row");
                toSign.add(row);
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title");
    }
}
