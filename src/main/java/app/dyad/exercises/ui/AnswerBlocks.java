package app.dyad.exercises.ui;

import app.dyad.base.ui.Formats;
import app.dyad.exercises.FeedbackView;
import app.dyad.exercises.ResponseView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;

/** The read-only parts of an exercise page: a submitted answer, and the counselor's feedback. */
final class AnswerBlocks {

    private AnswerBlocks() {}

    static Div answer(String heading, ResponseForm form, ResponseView response) {
        Span when = new Span(
                response.submittedAt() == null
                        ? ""
                        : form.getTranslation(
                                "my.exercise.submitted-on", Formats.dateTime(form, response.submittedAt())));
        when.addClassName("dyad-muted");
        Div box = new Div(new H3(heading), when, form);
        box.addClassNames("dyad-section", "dyad-answer");
        return box;
    }

    static Optional<VerticalLayout> feedback(List<FeedbackView> feedback) {
        if (feedback.isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout box = new VerticalLayout();
        box.add(new H3(box.getTranslation("my.exercise.feedback")));
        box.addClassName("dyad-section");
        box.setId("feedback");
        for (FeedbackView note : feedback) {
            Span when = new Span(Formats.dateTime(box, note.createdAt()));
            when.addClassName("dyad-muted");
            box.add(when, new Paragraph(note.text()));
        }
        return Optional.of(box);
    }
}
