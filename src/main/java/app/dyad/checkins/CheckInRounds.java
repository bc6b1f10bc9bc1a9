package app.dyad.checkins;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a couple's check-in comes round. A round is named by the day it opened; it stays open until the next one
 * opens, so a partner who is a few days late still answers the same round as the other.
 */
final class CheckInRounds {

    /** How many days before a session its check-in opens. */
    static final int DAYS_BEFORE_SESSION = 3;

    private CheckInRounds() {}

    /** The round open on {@code today}, if any; {@code nextSessionDay} is the day of the couple's next session. */
    static Optional<LocalDate> current(
            Cadence cadence, LocalDate startsOn, LocalDate today, @Nullable LocalDate nextSessionDay) {
        if (today.isBefore(startsOn)) {
            return Optional.empty();
        }
        return switch (cadence) {
            case PAUSED -> Optional.empty();
            case ONCE -> Optional.of(startsOn);
            case EVERY_WEEK -> Optional.of(periodStart(startsOn, today, 1));
            case EVERY_2_WEEKS -> Optional.of(periodStart(startsOn, today, 2));
            case EVERY_4_WEEKS -> Optional.of(periodStart(startsOn, today, 4));
            case BEFORE_EACH_SESSION -> {
                if (nextSessionDay == null) {
                    yield Optional.empty();
                }
                LocalDate opens = nextSessionDay.minusDays(DAYS_BEFORE_SESSION);
                yield today.isBefore(opens) ? Optional.empty() : Optional.of(opens);
            }
        };
    }

    private static LocalDate periodStart(LocalDate startsOn, LocalDate today, int weeks) {
        long period = 7L * weeks;
        long days = ChronoUnit.DAYS.between(startsOn, today);
        return startsOn.plusDays(days / period * period);
    }
}
