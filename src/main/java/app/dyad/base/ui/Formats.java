package app.dyad.base.ui;

import app.dyad.base.ClinicCalendar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How Dyad writes times for people: in the clinic's zone, in the user's locale. Storage stays UTC. */
public final class Formats {

    private Formats() {}

    /** The clinic's time zone, from the one {@link ClinicCalendar}. */
    public static ZoneId clinicZone() {
        return VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(ClinicCalendar.class)
                .zone();
    }

    public static String date(Component component, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale(component))
                .format(date);
    }

    public static String time(Component component, Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale(component))
                .format(instant.atZone(clinicZone()));
    }

    public static String dateTime(Component component, @Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(component))
                .format(instant.atZone(clinicZone()));
    }

    /** The UI's locale, or the server's for a component not yet attached. */
    public static Locale locale(Component component) {
        return component.getUI().map(UI::getLocale).orElse(Locale.getDefault());
    }
}
