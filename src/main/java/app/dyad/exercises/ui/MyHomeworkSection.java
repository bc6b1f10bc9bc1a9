package app.dyad.exercises.ui;

import app.dyad.base.ui.ClientHomeSection;
import app.dyad.base.ui.Formats;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.ResponseState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The client's exercises on their home: due, overdue and completed, each a link to do it. */
@org.springframework.stereotype.Component
class MyHomeworkSection implements ClientHomeSection {

    private final HomeworkService homework;
    private final Clock clock;

    MyHomeworkSection(HomeworkService homework, Clock clock) {
        this.homework = homework;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        List<HomeworkItem> items = homework.myHomework().stream().filter(i -> !i.cancelled()).toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.addClassName("dyad-section");
        section.setId("my-exercises");
        section.add(new H3(section.getTranslation("my.exercises")));
        LocalDate today = LocalDate.now(clock.withZone(Formats.clinicZone()));
        for (HomeworkItem item : items) {
            section.add(row(section, item, today));
        }
        return Optional.of(section);
    }

    private com.vaadin.flow.component.Component row(VerticalLayout section, HomeworkItem item, LocalDate today) {
        Anchor link = new Anchor("my/exercises/" + item.id(), item.exerciseTitle());
        link.addClassName("dyad-exercise-link");
        // a partner's progress rows are only their own (or the joint answer's)
        boolean done = item.progress().stream().anyMatch(p -> p.state() == ResponseState.SUBMITTED);
        String key;
        String tone;
        if (done) {
            key = "my.exercises.done";
            tone = "success";
        } else if (item.dueOn().isBefore(today)) {
            key = "my.exercises.overdue";
            tone = "error";
        } else {
            key = "my.exercises.due";
            tone = "info";
        }
        Span state = new Span(section.getTranslation(key, Formats.date(section, item.dueOn())));
        state.addClassNames("dyad-status", "dyad-status-" + tone);
        Div row = new Div(link, state);
        row.addClassName("dyad-goal");
        return row;
    }
}
