package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.spi.ui.ClientHomeSection;
import app.dyad.mail.spi.CalendarFile;
import app.dyad.mail.spi.Reminder.CalendarInvitation;
import app.dyad.sessions.MyAppointments;
import app.dyad.sessions.MySession;
import app.dyad.sessions.SessionFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The client's coming sessions on their home: when, how and where (a video link opens the call). Never a note. */
@SpringComponent
class MySessionsSection implements ClientHomeSection {

    private final MyAppointments sessions;
    private final ClinicCalendar calendar;

    MySessionsSection(MyAppointments sessions, ClinicCalendar calendar) {
        this.sessions = sessions;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> create() {
        List<MySession> upcoming = sessions.upcoming();
        VerticalLayout section = new VerticalLayout();
        section.addClassName("dyad-section");
        section.setId("my-sessions");
        section.add(new H3(section.getTranslation("my.sessions")));
        if (upcoming.isEmpty()) {
            Span none = new Span(section.getTranslation("my.sessions.none"));
            none.addClassName("dyad-muted");
            section.add(none);
        }
        upcoming.forEach(s -> section.add(row(section, s)));
        return Optional.of(section);
    }

    private Div row(Component c, MySession s) {
        Span when = new Span(SessionText.when(c, s.startsAt(), s.endsAt()));
        when.addClassName("dyad-session-time");
        Div row = new Div(when);
        row.addClassName("dyad-session");
        String how = SessionText.format(c, s.format())
                + (s.individual() ? " · " + c.getTranslation("my.sessions.individual") : "");
        Span format = new Span(how);
        format.addClassName("dyad-muted");
        row.add(format);
        if (s.place() != null) {
            row.add(s.format() == SessionFormat.VIDEO ? link(c, s.place()) : new Span(s.place()));
        }
        row.add(addToCalendar(c, s));
        return row;
    }

    /** The same .ics as the reminder mail's attachment: time, length, format and place. */
    private Anchor addToCalendar(Component c, MySession s) {
        CalendarInvitation invitation = s.invitation();
        byte[] ics = CalendarFile.ics(invitation, key -> c.getTranslation(key), calendar.zone(), calendar.now())
                .getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(ics), CalendarFile.fileName(invitation), "text/calendar", ics.length)),
                c.getTranslation("mail.calendar.add"));
        download.addClassName("dyad-add-to-calendar");
        download.setId("add-to-calendar-" + s.id());
        return download;
    }

    private static Anchor link(Component c, String url) {
        Anchor join = new Anchor(url, c.getTranslation("my.sessions.join"));
        join.setTarget("_blank");
        join.getElement().setAttribute("rel", "noopener noreferrer");
        return join;
    }
}
