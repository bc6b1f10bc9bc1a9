package app.dyad.sessions.ui;

import app.dyad.base.ui.Formats;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionStatus;
import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How a session reads to people: "Tue 24 Nov 2026, 10:00–10:50", its format, place, status and note state. */
final class SessionText {

    private SessionText() {}

    static String when(Component c, Instant start, Instant end) {
        return day(c, start) + ", " + time(c, start) + "–" + time(c, end);
    }

    static String day(Component c, Instant instant) {
        return Formats.dayOf(c, instant);
    }

    static String time(Component c, Instant instant) {
        return Formats.time(c, instant);
    }

    static String format(Component c, SessionFormat format) {
        return c.getTranslation("session.format." + format.name());
    }

    /** Format, place and who attends, e.g. "Video · https://… · Alex only". */
    static String how(Component c, SessionSummary s) {
        StringBuilder text = new StringBuilder(format(c, s.format()));
        if (s.place() != null) {
            text.append(" · ").append(s.place());
        }
        text.append(" · ")
                .append(
                        s.attendeeName() == null
                                ? c.getTranslation("session.attendees.both")
                                : c.getTranslation("session.attendees.only", s.attendeeName()));
        return text.toString();
    }

    static Span status(Component c, SessionStatus status) {
        return badge(
                c.getTranslation("session.status." + status.name()),
                switch (status) {
                    case SCHEDULED -> "info";
                    case COMPLETED -> "success";
                    case CANCELLED -> "neutral";
                    case NO_SHOW -> "error";
                });
    }

    static @Nullable Span note(Component c, SessionSummary s) {
        return switch (s.noteState()) {
            case NONE -> null;
            case DRAFT -> badge(c.getTranslation("session.note.DRAFT"), "neutral");
            case SIGNED -> badge(c.getTranslation("session.note.SIGNED"), "success");
        };
    }

    static Span badge(String text, String tone) {
        Span badge = new Span(text);
        badge.addClassNames("dyad-status", "dyad-status-" + tone);
        return badge;
    }
}
