-- The reminder run (mail.Reminders, with exercises.HomeworkReminders) asks for homework due on one day across all
-- couples ("due tomorrow", "overdue"): the existing index starts with the couple, so this one starts with the day.
create index ix_assignment_due on assignment (due_on, status);
