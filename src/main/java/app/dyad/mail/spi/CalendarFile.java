package app.dyad.mail.spi;

import app.dyad.mail.spi.Reminder.CalendarInvitation;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Function;

/**
 * A session as an iCalendar file (RFC 5545), written by biweekly: the same for the reminder mail's attachment and the
 * client's "Add to calendar" download. Times are written in UTC (unambiguous in every calendar program), the clinic's
 * zone is named alongside; the event holds the time, length, format and place only, never a name or a note.
 */
public final class CalendarFile {

    /** The file's media type. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    /** The translation key of the event's title ("Counselling session"). */
    public static final String SUMMARY_KEY = "mail.calendar.summary";

    private CalendarFile() {}

    /** The name a session's file is saved under. */
    public static String fileName(CalendarInvitation invitation) {
        return "session-" + invitation.start().getEpochSecond() + ".ics";
    }

    /**
     * The {@code .ics} text of a session; {@code texts} turns a translation key into words, {@code stamp} is when the
     * file is made (calendars take a later stamp of the same uid as the newer version of the event).
     */
    public static String ics(
            CalendarInvitation invitation, Function<String, String> texts, ZoneId clinicZone, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Dyad//Sessions//EN");
        // a published event, not a meeting request: no calendar program should answer it by mail
        calendar.setMethod(Method.publish());
        calendar.setExperimentalProperty("X-WR-TIMEZONE", clinicZone.getId());
        VEvent event = new VEvent();
        event.setUid(invitation.uid());
        event.setDateTimeStamp(Date.from(stamp));
        event.setDateStart(Date.from(invitation.start()));
        event.setDateEnd(Date.from(invitation.end()));
        event.setSummary(texts.apply(SUMMARY_KEY));
        String format = texts.apply(invitation.formatKey());
        event.setLocation(invitation.place() == null ? format : format + " · " + invitation.place());
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }
}
