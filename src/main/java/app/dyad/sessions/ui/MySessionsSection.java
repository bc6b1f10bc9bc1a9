package app.dyad.sessions.ui;

import app.dyad.couples.spi.ui.ClientHomeSection;
import app.dyad.sessions.MyAppointments;
import app.dyad.sessions.MySession;
import app.dyad.sessions.SessionFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;

/** The client's coming sessions on their home: when, how and where (a video link opens the call). Never a note. */
@SpringComponent
class MySessionsSection implements ClientHomeSection {

    private final MyAppointments sessions;

    MySessionsSection(MyAppointments sessions) {
        this.sessions = sessions;
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
        return row;
    }

    private static Anchor link(Component c, String url) {
        Anchor join = new Anchor(url, c.getTranslation("my.sessions.join"));
        join.setTarget("_blank");
        join.getElement().setAttribute("rel", "noopener noreferrer");
        return join;
    }
}
