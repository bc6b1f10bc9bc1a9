package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.identity.Role;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The counselor's week: sessions grouped by day (today highlighted), earlier and later weeks, notes still to sign. */
@Route("sessions")
@RolesAllowed(Role.COUNSELOR_NAME)
@Menu(title = "menu.sessions", order = 22, icon = "vaadin:calendar")
public class AgendaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AppointmentService sessions;
    private final ClinicCalendar calendar;
    private final H2 title = new H2();
    private final Div toSign = new Div();
    private final Div days = new Div();

    public AgendaView(AppointmentService sessions, ClinicCalendar calendar) {
        this.sessions = sessions;
        this.calendar = calendar;
        addClassName("dyad-page");
        title.addClassName("dyad-page-title");
        title.setId("agenda-title");
        toSign.setId("notes-to-sign");
        days.setId("agenda-days");
        days.addClassName("dyad-agenda");
        add(toolbar(), toSign, days);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = today();
        LocalDate week = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("week")
                .map(text -> {
                    try {
                        return LocalDate.parse(text);
                    } catch (DateTimeParseException garbled) {
                        return today;
                    }
                })
                .orElse(today)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        show(week, today);
    }

    private HorizontalLayout toolbar() {
        Button previous = nav("agenda.previous", VaadinIcon.ANGLE_LEFT, -1);
        Button thisWeek = nav("agenda.this-week", VaadinIcon.CALENDAR, 0);
        Button next = nav("agenda.next", VaadinIcon.ANGLE_RIGHT, 1);
        next.setIconAfterText(true);
        HorizontalLayout bar = new HorizontalLayout(title, previous, thisWeek, next);
        bar.setWidthFull();
        bar.setAlignItems(Alignment.BASELINE);
        bar.expand(title);
        bar.addClassName("dyad-toolbar");
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private Button nav(String key, VaadinIcon icon, int weeks) {
        Button button = new Button(getTranslation(key), icon.create(), click -> {
            LocalDate target = weeks == 0 ? today() : shownWeek.plusWeeks(weeks);
            getUI().ifPresent(ui -> ui.navigate("sessions", QueryParameters.of("week", target.toString())));
        });
        button.addThemeVariants(weeks == 0 ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_TERTIARY);
        button.setId("agenda-" + (weeks < 0 ? "previous" : weeks == 0 ? "today" : "next"));
        return button;
    }

    private LocalDate shownWeek = LocalDate.EPOCH;

    private void show(LocalDate monday, LocalDate today) {
        shownWeek = monday;
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", getLocale());
        title.setText(getTranslation(
                "agenda.week-of",
                dayMonth.format(monday),
                DateTimeFormatter.ofPattern("d MMM yyyy", getLocale()).format(monday.plusDays(6))));
        showNotesToSign();
        Map<LocalDate, List<SessionSummary>> byDay =
                sessions.week(monday).stream().collect(Collectors.groupingBy(s -> calendar.dayOf(s.startsAt())));
        days.removeAll();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            days.add(day(day, byDay.getOrDefault(day, List.of()), day.equals(today)));
        }
    }

    private Div day(LocalDate day, List<SessionSummary> list, boolean isToday) {
        H3 heading =
                new H3(DateTimeFormatter.ofPattern("EEEE d MMMM", getLocale()).format(day));
        Div box = new Div(heading);
        box.addClassName("dyad-day");
        if (isToday) {
            box.addClassName("dyad-today");
            heading.add(SessionText.badge(getTranslation("agenda.today"), "info"));
        }
        if (list.isEmpty()) {
            Span free = new Span(getTranslation("agenda.no-sessions"));
            free.addClassName("dyad-muted");
            box.add(free);
        }
        list.forEach(s -> box.add(SessionCard.of(this, s, true, calendar.now())));
        return box;
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

    private LocalDate today() {
        return calendar.today();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title");
    }
}
