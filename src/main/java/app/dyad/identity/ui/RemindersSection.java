package app.dyad.identity.ui;

import app.dyad.base.ui.Tell;
import app.dyad.identity.MyReminders;
import app.dyad.mail.ReminderChoice;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;

/** "Reminders by e-mail" on the account page: each kind for the person's role, on or off, saved as it is ticked. */
final class RemindersSection extends VerticalLayout {

    private RemindersSection(MyReminders reminders, List<ReminderChoice> choices) {
        setId("reminders");
        addClassName("dyad-card");
        setPadding(true);
        add(new H2(getTranslation("mail.reminders.title")), new Paragraph(getTranslation("mail.reminders.about")));
        for (ReminderChoice choice : choices) {
            Checkbox box = new Checkbox(getTranslation(choice.labelKey()), choice.on());
            box.setId("reminder-" + choice.kind());
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    reminders.choose(choice.kind(), change.getValue());
                    Tell.done(getTranslation(
                            change.getValue() ? "mail.reminders.turned-on" : "mail.reminders.turned-off",
                            getTranslation(choice.labelKey())));
                }
            });
            add(box);
        }
    }

    /** The section, if the signed-in person has any kind of reminder (an admin has none). */
    static Optional<RemindersSection> of(MyReminders reminders) {
        List<ReminderChoice> choices = reminders.choices();
        return choices.isEmpty() ? Optional.empty() : Optional.of(new RemindersSection(reminders, choices));
    }
}
