package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.sessions.SessionStatus;
import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Days side by side as columns of the clinic's working hours (07:00–21:00, widened to fit any session outside them),
 * each session placed by its start and as tall as it lasts; a click on an empty half hour schedules there
 * ({@link EmptySlots}), and a scheduled session can be changed, or dragged to another half hour. Sessions that share time sit side by side.
 */
final class CalendarGrid extends Div {

    static final int OPENS = 7;
    static final int CLOSES = 21;
    static final int SLOT_MINUTES = 30;
    private static final int MINUTES_PER_REM = 15;

    /** What the counselor does from the grid; the view calls the services. */
    interface Actions {
        void schedule(LocalDate day, LocalTime start);

        void change(SessionSummary session);

        void move(SessionSummary session, LocalDate day, LocalTime start);
    }

    private final ClinicCalendar calendar;
    /** Couples with a partner's private message waiting to be acknowledged: their sessions carry a red flag. */
    private final Set<Long> urgentCouples;

    private final Actions actions;
    private final int firstHour;
    private final int lastHour;

    CalendarGrid(
            List<LocalDate> days,
            List<SessionSummary> sessions,
            Set<Long> urgentCouples,
            ClinicCalendar calendar,
            Actions actions) {
        this.calendar = calendar;
        this.urgentCouples = urgentCouples;
        this.actions = actions;
        int first = OPENS;
        int last = CLOSES;
        for (SessionSummary s : sessions) {
            first = Math.min(first, calendar.localDateTime(s.startsAt()).getHour());
            last = Math.max(last, endMinute(s) / 60 + (endMinute(s) % 60 == 0 ? 0 : 1));
        }
        this.firstHour = first;
        this.lastHour = Math.min(last, 24);
        addClassName("dyad-cal");
        setId("agenda-calendar");
        Div grid = new Div();
        grid.addClassName("dyad-cal-grid");
        grid.getStyle().set("--dyad-cal-days", String.valueOf(days.size()));
        Div corner = new Div();
        corner.addClassName("dyad-cal-corner");
        grid.add(corner);
        LocalDate today = calendar.today();
        for (LocalDate day : days) {
            Div head = new Div(new Span(CalendarText.weekday(this, day)));
            head.addClassName("dyad-cal-head");
            if (day.equals(today)) {
                head.addClassName("dyad-cal-today");
                head.add(SessionText.badge(getTranslation("agenda.today"), "info"));
            }
            grid.add(head);
        }
        grid.add(gutter());
        Map<LocalDate, List<SessionSummary>> byDay =
                sessions.stream().collect(Collectors.groupingBy(s -> calendar.dayOf(s.startsAt())));
        for (LocalDate day : days) {
            grid.add(column(day, byDay.getOrDefault(day, List.of()), day.equals(today)));
        }
        add(grid);
    }

    private int endMinute(SessionSummary s) {
        LocalDateTime start = calendar.localDateTime(s.startsAt());
        LocalDateTime end = calendar.localDateTime(s.endsAt());
        // a session running past midnight is drawn to the end of its day
        return end.toLocalDate().isAfter(start.toLocalDate()) ? 24 * 60 : end.getHour() * 60 + end.getMinute();
    }

    private static String rem(double minutes) {
        double rem = minutes / MINUTES_PER_REM;
        return (rem == Math.rint(rem) ? String.valueOf((long) rem) : String.format(Locale.ROOT, "%.3f", rem)) + "rem";
    }

    private String height() {
        return rem((lastHour - firstHour) * 60.0);
    }

    private Div gutter() {
        Div gutter = new Div();
        gutter.addClassName("dyad-cal-gutter");
        gutter.setHeight(height());
        for (int hour = firstHour; hour < lastHour; hour++) {
            Span label = new Span(CalendarText.time(this, LocalTime.of(hour, 0)));
            label.addClassName("dyad-cal-hour");
            label.getStyle().set("top", rem((hour - firstHour) * 60.0));
            gutter.add(label);
        }
        return gutter;
    }

    private Div column(LocalDate day, List<SessionSummary> sessions, boolean isToday) {
        Div column = new Div();
        column.addClassName("dyad-cal-day");
        if (isToday) {
            column.addClassName("dyad-cal-today");
        }
        column.getElement().setAttribute("data-day", day.toString());
        column.setHeight(height());
        EmptySlots.wire(
                column,
                firstHour * 60,
                (lastHour - firstHour) * 60 / SLOT_MINUTES,
                start -> actions.schedule(day, start),
                (session, start) -> actions.move(session, day, start));
        if (isToday) {
            LocalDateTime now = calendar.localDateTime(calendar.now());
            int minute = now.getHour() * 60 + now.getMinute();
            if (minute >= firstHour * 60 && minute < lastHour * 60) {
                Div line = new Div();
                line.addClassName("dyad-cal-now");
                line.getStyle().set("top", rem(minute - firstHour * 60.0));
                column.add(line);
            }
        }
        Map<Long, Lane> lanes = lanes(sessions);
        for (SessionSummary s : sessions) {
            column.add(block(s, lanes.get(s.id())));
        }
        return column;
    }

    private Div block(SessionSummary s, Lane lane) {
        LocalDateTime start = calendar.localDateTime(s.startsAt());
        int from = start.getHour() * 60 + start.getMinute();
        int to = Math.max(endMinute(s), from + MINUTES_PER_REM);
        Div block = new Div();
        block.setId("cal-session-" + s.id());
        block.addClassNames(
                "dyad-cal-session", "dyad-cal-session-" + s.status().name().toLowerCase(Locale.ROOT));
        block.getStyle().set("top", rem(from - firstHour * 60.0)).set("height", rem(to - (double) from));
        if (lane.count() > 1) {
            block.getStyle()
                    .set("left", "calc(" + lane.index() + " * 100% / " + lane.count() + ")")
                    .set("width", "calc(100% / " + lane.count() + ")");
        }
        Span time = new Span(SessionText.time(this, s.startsAt()) + "–" + SessionText.time(this, s.endsAt()));
        time.addClassName("dyad-cal-session-time");
        Anchor couple = new Anchor("sessions/" + s.id() + "/note", s.caseName());
        couple.addClassName("dyad-cal-session-couple");
        couple.getElement().setAttribute("title", SessionText.how(this, s));
        Span how = new Span(SessionText.how(this, s));
        how.addClassName("dyad-cal-session-how");
        Div head = new Div(couple);
        if (urgentCouples.contains(s.coupleId())) {
            // in the tile's first line, before the name: a short tile shows nothing below its time
            Icon flag = VaadinIcon.EXCLAMATION_CIRCLE.create();
            flag.addClassName("dyad-cal-urgent");
            flag.getElement().setAttribute("role", "img");
            flag.getElement().setAttribute("aria-label", getTranslation("session.urgent"));
            flag.getElement().setAttribute("title", getTranslation("session.urgent"));
            head.addComponentAsFirst(flag);
            block.addClassName("dyad-cal-session-urgent");
        }
        head.addClassName("dyad-cal-session-head");
        // the name first; a session that is no longer simply scheduled says so where its place would be
        block.add(head, time, s.status() == SessionStatus.SCHEDULED ? how : SessionText.status(this, s.status()));
        if (s.noteOverdue(calendar.now())) {
            block.add(SessionText.badge(getTranslation("session.note-overdue"), "error"));
        }
        if (s.status() == SessionStatus.SCHEDULED) {
            Button change = new Button(VaadinIcon.CLOCK.create(), click -> actions.change(s));
            change.setId("cal-change-" + s.id());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            change.addClassName("dyad-cal-change");
            change.setAriaLabel(getTranslation("agenda.change-session", s.caseName()));
            change.setTooltipText(getTranslation("session.change"));
            block.add(change);
            DragSource<Div> drag = DragSource.create(block);
            drag.setDragData(s);
        }
        return block;
    }

    /** Where a session sits among those it shares time with: lane {@code index} of {@code count}. */
    private record Lane(int index, int count) {}

    /**
     * Places the day's sessions (in time order) in lanes: a session takes the first lane free at its start, and every
     * session of a run of sessions that share time is as wide as that run needs lanes.
     */
    private static Map<Long, Lane> lanes(List<SessionSummary> day) {
        Map<Long, Lane> lanes = new HashMap<>();
        Map<Long, Integer> laneOf = new HashMap<>();
        List<SessionSummary> run = new ArrayList<>();
        List<Instant> laneEnds = new ArrayList<>();
        Instant runEnd = Instant.MIN;
        for (SessionSummary s : day) {
            if (!run.isEmpty() && !s.startsAt().isBefore(runEnd)) {
                close(run, laneOf, laneEnds.size(), lanes);
                laneEnds.clear();
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(s.startsAt())) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(s.endsAt());
            } else {
                laneEnds.set(lane, s.endsAt());
            }
            laneOf.put(s.id(), lane);
            run.add(s);
            runEnd = runEnd.isAfter(s.endsAt()) ? runEnd : s.endsAt();
        }
        close(run, laneOf, laneEnds.size(), lanes);
        return lanes;
    }

    private static void close(List<SessionSummary> run, Map<Long, Integer> laneOf, int count, Map<Long, Lane> lanes) {
        run.forEach(s -> lanes.put(s.id(), new Lane(laneOf.get(s.id()), count)));
        run.clear();
    }
}
