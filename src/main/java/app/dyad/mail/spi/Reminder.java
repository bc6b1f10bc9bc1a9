package app.dyad.mail.spi;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reminder due today for one person: its kind, who, what it is about ({@code target}, part of its unique key
 * with the kind, the person and the clinic day, so it is queued once however often the run repeats), the translation
 * keys and arguments of its subject and text (an {@link java.time.Instant} is written as the clinic's date and time, a
 * {@link Words} as its translation, anything else as is), and the Dyad page it links to (a path such as {@code my}). Never clinical content: no answers, no
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

    /** An argument that is itself a translation key, such as a session's format: the mail writes its text. */
    public record Words(String key) {}

    /**
     * A session to attach as an {@code .ics} invitation: a stable {@code uid} (the same session always has the same,
     * so a calendar updates it instead of adding another), its time, and how and where it happens: the translation key
     * of its format and the place the counselor gave, if any. Keys, not texts, because the source has no words of its
     * own: {@link CalendarFile} writes them in the clinic's language, for the mail and for the client's download alike.
     */
    public record CalendarInvitation(
            String uid,
            Instant start,
            Instant end,
            String formatKey,
            @Nullable String place) {}
}
