package app.dyad.exercises.ui;

import app.dyad.base.ui.Formats;
import app.dyad.exercises.PromptView;
import app.dyad.exercises.ResponseView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Both partners' submitted answers, question by question: each question once, then what each of them wrote, so
 * they can be read together rather than as two whole forms side by side.
 */
final class BothAnswers {

    private BothAnswers() {}

    static Div of(Component page, List<PromptView> prompts, ResponseView mine, ResponseView theirs) {
        Div box = new Div(new H3(page.getTranslation("my.exercise.both-answers")));
        box.addClassNames("dyad-section", "dyad-both-answers");
        box.setId("both-answers");
        for (PromptView prompt : prompts) {
            Div question = new Div(
                    new H4(prompt.label()),
                    answer(page, page.getTranslation("my.exercise.you"), prompt, mine),
                    answer(page, page.getTranslation("my.exercise.your-partner"), prompt, theirs));
            question.addClassName("dyad-both-answers-question");
            box.add(question);
        }
        return box;
    }

    private static Div answer(Component page, String who, PromptView prompt, ResponseView response) {
        Span name = new Span(who);
        name.addClassName("dyad-both-answers-who");
        Div text = new Div(new Span(readable(page, prompt, response.answers().getOrDefault(prompt.id(), ""))));
        text.addClassName("dyad-both-answers-text");
        Div line = new Div(name, text);
        line.addClassName("dyad-both-answers-line");
        return line;
    }

    /** An answer as a person reads it: "7 of 10", "Yes", ticked items, a date; "No answer" for none. */
    static String readable(Component page, PromptView prompt, String stored) {
        if (stored.isBlank()) {
            return page.getTranslation("my.exercise.no-answer");
        }
        return switch (prompt.kind()) {
            case TEXT -> stored;
            case SCALE -> page.getTranslation("my.exercise.scale-answer", stored, PromptView.SCALE_MAX);
            case YES_NO -> page.getTranslation("form." + stored);
            case CHECKLIST -> String.join(", ", stored.split("\n"));
            case PLAN -> plan(page, stored);
        };
    }

    private static String plan(Component page, String stored) {
        try {
            return Formats.wallClock(page, LocalDateTime.parse(stored));
        } catch (DateTimeParseException unreadable) {
            return stored;
        }
    }
}
