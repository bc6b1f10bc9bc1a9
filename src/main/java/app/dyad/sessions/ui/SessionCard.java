package app.dyad.sessions.ui;

import app.dyad.sessions.SessionStatus;
import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/** One session as a card: time, couple (on the agenda), how and where, status, note state, link to the note. */
final class SessionCard {

    private SessionCard() {}

    static Div of(Component c, SessionSummary s, boolean showCouple, Instant now) {
        Div card = new Div();
        card.addClassName("dyad-session");
        if (s.status() == SessionStatus.CANCELLED) {
            card.addClassName("dyad-session-cancelled");
        }
        Span time = new Span(
                showCouple
                        ? SessionText.time(c, s.startsAt()) + "–" + SessionText.time(c, s.endsAt())
                        : SessionText.when(c, s.startsAt(), s.endsAt()));
        time.addClassName("dyad-session-time");
        Div head = new Div(time);
        head.addClassName("dyad-session-head");
        if (showCouple) {
            Span couple = new Span(s.caseName());
            couple.addClassName("dyad-session-couple");
            head.add(couple);
        }
        head.add(SessionText.status(c, s.status()));
        Span note = SessionText.note(c, s);
        if (note != null) {
            head.add(note);
        }
        if (s.noteOverdue(now)) {
            head.add(SessionText.badge(c.getTranslation("session.note-overdue"), "error"));
        }
        Span how = new Span(SessionText.how(c, s));
        how.addClassName("dyad-muted");
        card.add(head, how);
        if (s.status() == SessionStatus.CANCELLED && s.cancelledBy() != null) {
            Span why = new Span(c.getTranslation(
                    "session.cancelled-line",
                    c.getTranslation("session.cancelled-by." + s.cancelledBy().name()),
                    s.cancelReason()));
            why.addClassName("dyad-muted");
            card.add(why);
        }
        if (s.status() != SessionStatus.CANCELLED) {
            Anchor open = new Anchor(
                    "sessions/" + s.id() + "/note",
                    c.getTranslation(
                            s.noteState() == SessionSummary.NoteState.SIGNED
                                    ? "session.read-note"
                                    : "session.write-note"));
            open.addClassName("dyad-session-note-link");
            card.add(open);
        }
        return card;
    }
}
