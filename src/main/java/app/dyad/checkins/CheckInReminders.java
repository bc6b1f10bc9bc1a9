package app.dyad.checkins;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.spi.NextSessions;
import app.dyad.mail.spi.Reminder;
import app.dyad.mail.spi.ReminderKind;
import app.dyad.mail.spi.ReminderSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reminder to each partner on the day their couple's check-in opens, unless they have already answered it. It says
 * only that a check-in is waiting: never a score, never whether the other partner has answered.
 */
@Component
class CheckInReminders implements ReminderSource {

    static final ReminderKind DUE = new ReminderKind("checkin-due", "CLIENT", "mail.reminder.checkin-due.kind");

    private final CheckInPlanRepository plans;
    private final CheckInRepository checkIns;
    private final NextSessions nextSessions;
    private final ClinicCalendar calendar;

    CheckInReminders(
            CheckInPlanRepository plans,
            CheckInRepository checkIns,
            NextSessions nextSessions,
            ClinicCalendar calendar) {
        this.plans = plans;
        this.checkIns = checkIns;
        this.nextSessions = nextSessions;
        this.calendar = calendar;
    }

    @Override
    public List<ReminderKind> kinds() {
        return List.of(DUE);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> dueOn(LocalDate clinicDay, Instant runAt) {
        List<CheckInPlan> running = plans.findRunning();
        List<Long> beforeSessions = running.stream()
                .filter(p -> p.cadence() == Cadence.BEFORE_EACH_SESSION)
                .map(CheckInPlan::coupleId)
                .toList();
        Map<Long, Instant> next = beforeSessions.isEmpty()
                ? Map.of()
                : nextSessions.forCouples(beforeSessions, calendar.startOf(clinicDay));
        // only on the day a round opens: one mail per round, not one a day
        List<Long> opening = running.stream()
                .filter(plan -> {
                    Instant session = next.get(plan.coupleId());
                    return CheckInRounds.current(
                                    plan.cadence(),
                                    plan.startsOn(),
                                    clinicDay,
                                    session == null ? null : calendar.dayOf(session))
                            .filter(clinicDay::equals)
                            .isPresent();
                })
                .map(CheckInPlan::coupleId)
                .toList();
        List<Reminder> due = new ArrayList<>();
        if (opening.isEmpty()) {
            return due;
        }
        // one query for the whole clinic, however many couples' rounds open today
        for (long account : checkIns.accountsYetToAnswer(opening, clinicDay)) {
            due.add(new Reminder(
                    DUE,
                    account,
                    "round-" + clinicDay,
                    "mail.reminder.checkin-due.subject",
                    "mail.reminder.checkin-due.body",
                    List.of(),
                    "my/check-in",
                    null));
        }
        return due;
    }
}
