package app.dyad.sessions;

import app.dyad.mail.spi.Reminder.CalendarInvitation;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An upcoming session as a partner sees it: time, format and where — nothing of any note. */
public record MySession(
        long id,
        Instant startsAt,
        Instant endsAt,
        SessionFormat format,
        @Nullable String place,
        boolean individual) {

    /** The session as a calendar event, the same for "Add to calendar" and the reminder mail's attachment. */
    public CalendarInvitation invitation() {
        return invitation(id, startsAt, endsAt, format, place);
    }

    /** A session as a calendar event: its time, format and place; its uid stays the same when it is moved. */
    static CalendarInvitation invitation(
            long sessionId, Instant start, Instant end, SessionFormat format, @Nullable String place) {
        return new CalendarInvitation(
                "session-" + sessionId + "@dyad", start, end, "session.format." + format.name(), place);
    }
}
