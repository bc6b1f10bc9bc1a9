package app.dyad.exercises;

import app.dyad.mail.spi.Reminder;
import app.dyad.mail.spi.ReminderKind;
import app.dyad.mail.spi.ReminderSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework reminders for each partner: the day before it is due, and once the day after if it is still not submitted.
 * One mail per person and day however many pieces are due, and it says only that homework is waiting: never which
 * exercise, never what anyone answered, never whether the other partner has.
 */
@Component
class HomeworkReminders implements ReminderSource {

    static final ReminderKind DUE = new ReminderKind("homework-due", "CLIENT", "mail.reminder.homework-due.kind");
    static final ReminderKind OVERDUE =
            new ReminderKind("homework-overdue", "CLIENT", "mail.reminder.homework-overdue.kind");

    private final AssignmentRepository assignments;

    HomeworkReminders(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<ReminderKind> kinds() {
        return List.of(DUE, OVERDUE);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> dueOn(LocalDate clinicDay, Instant runAt) {
        List<Reminder> due = new ArrayList<>();
        LocalDate tomorrow = clinicDay.plusDays(1);
        for (long account : assignments.accountsOwingHomeworkDueOn(tomorrow)) {
            due.add(reminder(DUE, account, tomorrow));
        }
        // the day after the due date only: an overdue reminder is sent once, not every day
        LocalDate yesterday = clinicDay.minusDays(1);
        for (long account : assignments.accountsOwingHomeworkDueOn(yesterday)) {
            due.add(reminder(OVERDUE, account, yesterday));
        }
        return due;
    }

    private static Reminder reminder(ReminderKind kind, long account, LocalDate dueDay) {
        String key = "mail.reminder." + kind.code();
        return new Reminder(kind, account, "due-" + dueDay, key + ".subject", key + ".body", List.of(), "my", null);
    }
}
