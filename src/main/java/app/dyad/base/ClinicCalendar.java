package app.dyad.base;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clinic's calendar: its time zone and its day. A due date, "overdue", the agenda's week and an audit date
 * filter are days in the clinic, not in UTC and not in the server's zone, so they all come from here. The zone is
 * {@code dyad.clinic.time-zone} (an IANA name such as {@code Pacific/Auckland}); without it, the JVM's zone. The
 * clinic also has one locale ({@code dyad.clinic.locale}, a language tag such as {@code en-GB}): every date and time
 * on every screen, in the PDF and in mail is written the clinic's way, not each browser's.
 */
@Component
public class ClinicCalendar {

    private final Clock clock;
    private final ZoneId zone;
    private final Locale locale;

    ClinicCalendar(
            Clock clock,
            @Value("${dyad.clinic.time-zone:}") String zone,
            @Value("${dyad.clinic.locale:en-GB}") String locale) {
        this.clock = clock;
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : parse(zone.strip());
        this.locale = parseLocale(locale.strip());
    }

    private static Locale parseLocale(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty() || locale.getCountry().isEmpty()) {
                throw new IllformedLocaleException("a language and a region are both needed");
            }
            return locale;
        } catch (IllformedLocaleException notALocale) {
            throw new IllegalStateException(
                    "dyad.clinic.locale (DYAD_CLINIC_LOCALE) is '" + tag
                            + "', which is not a language with a region: use a tag such as en-GB or en-US",
                    notALocale);
        }
    }

    private static ZoneId parse(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException notAZone) {
            throw new IllegalStateException(
                    "dyad.clinic.time-zone (DYAD_CLINIC_TIME_ZONE) is '" + zone
                            + "', which is not a time zone: use an IANA name such as Europe/Paris",
                    notAZone);
        }
    }

    /** The clinic's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** How the clinic writes dates and times (its language and region). */
    public Locale locale() {
        return locale;
    }

    /** This moment. */
    public Instant now() {
        return clock.instant();
    }

    /** Today, in the clinic. */
    public LocalDate today() {
        return dayOf(clock.instant());
    }

    /** The Monday of the clinic's week that holds this day. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The clinic day a moment falls on. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** A moment as the clinic's wall-clock date and time. */
    public LocalDateTime localDateTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** The moment a clinic day begins (not always midnight, and not always 24 hours before the next). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The moment after a clinic day ends: the start of the next day, as an exclusive bound. */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** The moment of a clinic date and wall-clock time. */
    public Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
