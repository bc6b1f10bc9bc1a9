package app.dyad.base.ui;

import app.dyad.base.ClinicCalendar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How Dyad writes times for people: in the clinic's zone and the clinic's locale, the same on every screen
 * ({@code 3 Dec 2026}, {@code 14:00}, {@code 3 Dec 2026, 14:00} in {@code en-GB}). Storage stays UTC. Views write
 * dates only through here.
 */
public final class Formats {

    private Formats() {}

    private static ClinicCalendar calendar() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ClinicCalendar.class);
    }

    /** The clinic's time zone, from the one {@link ClinicCalendar}. */
    public static ZoneId clinicZone() {
        return calendar().zone();
    }

    /** A day: {@code 3 Dec 2026}. */
    public static String date(Component component, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale(component))
                .format(date);
    }

    /** A day with its weekday, for appointments: {@code Thu, 3 Dec 2026}. */
    public static String dayOf(Component component, Instant instant) {
        return DateTimeFormatter.ofLocalizedPattern("yMMMEd")
                .withLocale(locale(component))
                .format(instant.atZone(clinicZone()));
    }

    /** A wall-clock time: {@code 14:00}. */
    public static String time(Component component, Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale(component))
                .format(instant.atZone(clinicZone()));
    }

    /** A day and time: {@code 3 Dec 2026, 14:00}; empty for none. */
    public static String dateTime(Component component, @Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(component))
                .format(instant.atZone(clinicZone()));
    }

    /** A day and time on the clinic's wall clock, as a person planned it: {@code 3 Dec 2026, 14:00}. */
    public static String wallClock(Component component, LocalDateTime dateTime) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(component))
                .format(dateTime);
    }

    /** A moment to the second with its zone, for the record (audit, signatures): {@code 3 Dec 2026, 14:00:05 GMT}. */
    public static String moment(Component component, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.LONG)
                .withLocale(locale(component))
                .format(instant.atZone(clinicZone()));
    }

    /** The clinic's locale: dates are written the clinic's way whatever the browser says. */
    public static Locale locale(Component component) {
        return calendar().locale();
    }
}
