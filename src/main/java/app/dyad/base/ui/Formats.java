package app.dyad.base.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/** How Dyad writes times for people: in the clinic's zone, in the user's locale. Storage stays UTC. */
public final class Formats {

    private Formats() {
    }

    /** The clinic's time zone (the server's, set with TZ in production). */
    public static ZoneId clinicZone() {
        return ZoneId.systemDefault();
    }

    public static String date(Component component, java.time.LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(component)).format(date);
    }

    public static String time(Component component, Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale(component))
                .format(instant.atZone(clinicZone()));
    }

    private static java.util.Locale locale(Component component) {
        return component.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.getDefault());
    }

    public static String dateTime(Component component, @Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(component.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.getDefault()))
                .format(instant.atZone(clinicZone()));
    }
}
