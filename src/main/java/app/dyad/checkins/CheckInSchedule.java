package app.dyad.checkins;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.spi.NextSessions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The round open today for a couple's plan, asking the sessions module for the next session when it matters. */
@Component
class CheckInSchedule {

    private final NextSessions nextSessions;
    private final ClinicCalendar calendar;

    CheckInSchedule(NextSessions nextSessions, ClinicCalendar calendar) {
        this.nextSessions = nextSessions;
        this.calendar = calendar;
    }

    Optional<LocalDate> openRound(CheckInPlan plan, LocalDate today) {
        @Nullable LocalDate nextSessionDay = null;
        if (plan.cadence() == Cadence.BEFORE_EACH_SESSION) {
            Instant next = nextSessions
                    .forCouples(List.of(plan.coupleId()), calendar.startOf(today))
                    .get(plan.coupleId());
            nextSessionDay = next == null ? null : calendar.dayOf(next);
        }
        return CheckInRounds.current(plan.cadence(), plan.startsOn(), today, nextSessionDay);
    }
}
