package app.dyad.mail.spi;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reminder due today for one person: its kind, who, what it is about ({@code target}, part of its unique key
 * with the kind, the person and the clinic day, so it is queued once however often the run repeats), the translation
 * keys and arguments of its subject and text, and the Dyad page it links to. Never clinical content: no answers, no
 * note text, no partner's name or activity, no exercise content; a session's time, format and place are fine.
 */
public record Reminder(
        ReminderKind kind,
        long accountId,
        String target,
        String subjectKey,
        String bodyKey,
        List<Object> arguments,
        String path,
        @Nullable CalendarInvitation invitation) {

    /** A session to attach as an {@code .ics} invitation. */
    public record CalendarInvitation(String uid, Instant start, Instant end, String summary, String location) {}
}
