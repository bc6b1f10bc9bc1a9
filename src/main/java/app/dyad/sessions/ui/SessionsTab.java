package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CouplePartners;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.SessionStatus;
import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalTime;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/** The couple's sessions for their counselor, latest first: schedule, change, complete, cancel, open the note. */
class SessionsTab extends VerticalLayout {

    private static final int PAGE = 20;
    private final Scheduling scheduling;
    private final AppointmentService sessions;
    private final ClinicCalendar calendar;
    private final long coupleId;
    private final CouplePartners partners;
    private final Div list = new Div();
    private int shown;

    SessionsTab(Scheduling scheduling, ClinicCalendar calendar, long coupleId) {
        this.scheduling = scheduling;
        this.sessions = scheduling.sessions();
        this.calendar = calendar;
        this.coupleId = coupleId;
        this.partners = sessions.partnersOf(coupleId);
        setPadding(false);
        Button schedule = new Button(
                getTranslation("session.schedule-new"),
                VaadinIcon.CALENDAR_CLOCK.create(),
                click -> new ScheduleDialog(
                                scheduling, partners, null, calendar.today(), LocalTime.of(10, 0), this::refresh)
                        .open());
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setId("schedule-session");
        list.setId("session-list");
        list.setWidthFull();
        add(schedule, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        list.getChildren().filter(c -> c instanceof Button).toList().forEach(list::remove);
        List<SessionSummary> page = sessions.sessionsOfCouple(coupleId, PageRequest.of(shown / PAGE, PAGE));
        long total = sessions.countSessionsOfCouple(coupleId);
        if (total == 0) {
            Span none = new Span(getTranslation("session.none"));
            none.addClassName("dyad-muted");
            list.add(none);
        }
        page.forEach(s -> list.add(card(s)));
        shown += page.size();
        if (shown < total) {
            Button more = new Button(getTranslation("session.more"), click -> showMore());
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(more);
        }
    }

    private Div card(SessionSummary s) {
        Div card = SessionCard.of(this, s, false, calendar.now());
        if (s.status() == SessionStatus.SCHEDULED) {
            Div actions = new Div(action(
                    "session.change",
                    () -> new ScheduleDialog(
                                    scheduling, partners, s, calendar.today(), LocalTime.of(10, 0), this::refresh)
                            .open()));
            if (!s.startsAt().isAfter(calendar.now())) {
                actions.add(
                        action("session.mark-completed", () -> change(s, SessionStatus.COMPLETED)),
                        action("session.mark-no-show", () -> change(s, SessionStatus.NO_SHOW)));
            }
            actions.add(action("session.cancel", () -> new CancelDialog(sessions, s, this::refresh).open()));
            actions.addClassName("dyad-actions");
            card.add(actions);
        }
        return card;
    }

    private Button action(String key, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void change(SessionSummary s, SessionStatus status) {
        try {
            sessions.setStatus(s.id(), s.version(), status);
            refresh();
        } catch (InvalidInputException refused) {
            var first = refused.fieldErrors().values().iterator().next();
            Notification.show(getTranslation(first.key(), first.args()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (EditConflictException changed) {
            Notification.show(getTranslation("session.changed-meanwhile"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }
}
