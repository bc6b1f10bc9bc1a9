package app.dyad.sessions.ui;

import app.dyad.base.ui.Formats;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the calendar grid writes days and hours, in the clinic's locale (built on {@link Formats}). */
final class CalendarText {

    private CalendarText() {}

    /** A column heading: "Wed 9". */
    static String weekday(Component c, LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE d", Formats.locale(c)).format(day);
    }

    /** A day in full, for the day view's title and a slot's label: "Wednesday 9 December 2026". */
    static String fullDay(Component c, LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(Formats.locale(c))
                .format(day);
    }

    /** The week view's title, from Monday to Sunday in the clinic's date format. */
    static String week(Component c, LocalDate monday) {
        return Formats.date(c, monday) + " – " + Formats.date(c, monday.plusDays(6));
    }

    /** An hour on the time gutter or a slot: "09:00" or "9:00 AM", as the locale writes it. */
    static String time(Component c, LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(Formats.locale(c))
                .format(time);
    }
}
