package app.dyad.exercises.ui;

import app.dyad.base.ui.Formats;
import app.dyad.exercises.Audience;
import app.dyad.exercises.MyExercise;
import app.dyad.exercises.ResponseState;
import app.dyad.exercises.Visibility;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;

/**
 * The top of a partner's exercise page: when it is due (overdue in red), the counselor's note, how to do it (folded
 * away once handed in), and — said plainly above the form — who will see the answer.
 */
final class ExerciseBrief {

    private ExerciseBrief() {}

    /** Adds the brief to the page, in reading order. */
    static void addTo(VerticalLayout page, MyExercise exercise, boolean handedIn, LocalDate today) {
        var item = exercise.homework();
        Span due = new Span(page.getTranslation("my.exercise.due", Formats.date(page, item.dueOn())));
        if (item.isOverdueFor(exercise.myPartnerId(), today)) {
            due.addClassNames("dyad-status", "dyad-status-error");
            due.setText(page.getTranslation("my.exercise.overdue", Formats.date(page, item.dueOn())));
        }
        page.add(due);
        if (item.note() != null) {
            Paragraph note = new Paragraph(page.getTranslation("my.exercise.note", item.note()));
            note.addClassName("dyad-card-wide");
            page.add(note);
        }

        OrderedList steps = new OrderedList();
        exercise.exercise().steps().forEach(step -> steps.add(new ListItem(step)));
        Details how = new Details(
                page.getTranslation("my.exercise.how"),
                new VerticalLayout(new Paragraph(exercise.exercise().summary().purpose()), steps));
        how.setOpened(!handedIn);
        how.setWidthFull();
        page.add(how);

        boolean bothHandedIn = handedIn
                && exercise.partnersResponse()
                        .filter(r -> r.state() == ResponseState.SUBMITTED)
                        .isPresent();
        Paragraph who = new Paragraph(whoWillSee(page, item.audience(), item.visibility(), handedIn, bothHandedIn));
        who.addClassName("dyad-who-sees");
        who.setId("who-sees");
        page.add(who);
    }

    /** Always names everyone who reads the answer, the counselor included, and what is already the case. */
    private static String whoWillSee(
            VerticalLayout page, Audience audience, Visibility visibility, boolean handedIn, boolean bothHandedIn) {
        if (audience == Audience.JOINT) {
            return page.getTranslation("my.exercise.who.joint");
        }
        if (bothHandedIn && visibility == Visibility.REVEAL_TOGETHER) {
            return page.getTranslation("my.exercise.who-now.REVEAL_TOGETHER.both");
        }
        // once handed in, say who sees it now rather than what will happen
        return page.getTranslation((handedIn ? "my.exercise.who-now." : "my.exercise.who.") + visibility.name());
    }
}
