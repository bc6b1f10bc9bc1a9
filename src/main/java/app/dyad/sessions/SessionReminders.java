package app.dyad.sessions;

import app.dyad.base.ClinicCalendar;
import app.dyad.mail.spi.Reminder;
import app.dyad.mail.spi.ReminderKind;
import app.dyad.mail.spi.ReminderSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session reminders: each partner who attends a session tomorrow gets its time, format and place with an {@code .ics}
 * invitation (a partner is never told of the other's individual session); each counselor gets one daily digest of
 * how many notes are still unsigned a day after their session, with a link to the agenda: a count, never a couple's
 * name or a note's text.
 */
@Component
class SessionReminders implements ReminderSource {

    static final ReminderKind TOMORROW =
            new ReminderKind("session-tomorrow", "CLIENT", "mail.reminder.session-tomorrow.kind");
    static final ReminderKind UNSIGNED_NOTES =
            new ReminderKind("notes-unsigned", "COUNSELOR", "mail.reminder.notes-unsigned.kind");

    private final CounsellingSessionRepository sessions;
    private final ClinicCalendar calendar;

    SessionReminders(CounsellingSessionRepository sessions, ClinicCalendar calendar) {
        this.sessions = sessions;
        this.calendar = calendar;
    }

    @Override
    public List<ReminderKind> kinds() {
        return List.of(TOMORROW, UNSIGNED_NOTES);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> dueOn(LocalDate clinicDay, Instant runAt) {
        List<Reminder> due = new ArrayList<>();
        LocalDate tomorrow = clinicDay.plusDays(1);
        for (SessionReminderRow row :
                sessions.attendeesStarting(calendar.startOf(tomorrow), calendar.endOf(tomorrow))) {
            due.add(new Reminder(
                    TOMORROW,
                    row.accountId(),
                    "session-" + row.sessionId(),
                    "mail.reminder.session-tomorrow.subject",
                    row.place() == null
                            ? "mail.reminder.session-tomorrow.body"
                            : "mail.reminder.session-tomorrow.body-at",
                    List.of(
                            row.startsAt(),
                            new Reminder.Words("session.format." + row.format().name()),
                            row.place() == null ? "" : row.place()),
                    "my",
                    MySession.invitation(row.sessionId(), row.startsAt(), row.endsAt(), row.format(), row.place())));
        }
        // "24 h after the session": the same rule as the agenda's "notes to sign", as of the run
        var cutoff = runAt.minus(AppointmentService.SIGN_WITHIN);
        for (Object[] row :
                sessions.unsignedPerCounselor(cutoff, Set.of(SessionStatus.SCHEDULED, SessionStatus.COMPLETED))) {
            due.add(new Reminder(
                    UNSIGNED_NOTES,
                    (Long) row[0],
                    "notes",
                    "mail.reminder.notes-unsigned.subject",
                    "mail.reminder.notes-unsigned.body",
                    List.of(row[1]),
                    "sessions",
                    null));
        }
        return due;
    }
}
