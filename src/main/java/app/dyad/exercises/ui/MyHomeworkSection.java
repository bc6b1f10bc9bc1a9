package app.dyad.exercises.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.ui.Formats;
import app.dyad.couples.spi.ui.ClientHomeSection;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.ResponseState;
import app.dyad.exercises.ResponseView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/** The client's exercises on their home: due, started, overdue, sent back and completed, each a link to do it. */
@SpringComponent
class MyHomeworkSection implements ClientHomeSection {

    private static final int PAGE = 15;

    private final MyHomework myHomework;
    private final ClinicCalendar calendar;

    MyHomeworkSection(MyHomework myHomework, ClinicCalendar calendar) {
        this.myHomework = myHomework;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        long total = myHomework.count();
        if (total == 0) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.addClassName("dyad-section");
        section.setId("my-exercises");
        section.add(new H3(section.getTranslation("my.exercises")));
        showMore(section, 0, total);
        return Optional.of(section);
    }

    /** Pages in more exercises (latest due first), so years of homework never load at once. */
    private void showMore(VerticalLayout section, int shown, long total) {
        section.getChildren().filter(c -> c instanceof Button).toList().forEach(section::remove);
        List<HomeworkItem> page = myHomework.page(PageRequest.of(shown / PAGE, PAGE));
        LocalDate today = calendar.today();
        page.stream().filter(i -> !i.cancelled()).forEach(item -> section.add(row(section, item, today)));
        int now = shown + page.size();
        if (now < total) {
            Button more =
                    new Button(section.getTranslation("my.exercises.more"), click -> showMore(section, now, total));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(more);
        }
    }

    private Component row(VerticalLayout section, HomeworkItem item, LocalDate today) {
        Anchor link = new Anchor("my/exercises/" + item.id(), item.exerciseTitle());
        link.addClassName("dyad-exercise-link");
        // a partner's progress rows are only their own (or the joint answer's)
        boolean done = item.progress().stream().anyMatch(p -> p.state() == ResponseState.SUBMITTED);
        // a draft they (or, for a joint answer, either of them) began: "started", so it doesn't read as untouched
        boolean started = item.progress().stream().anyMatch(p -> p.state() == ResponseState.DRAFT);
        // only their own draft can be a returned one: the other partner's drafts never reach them (Disclosure)
        Optional<ResponseView> returned =
                item.responses().stream().filter(ResponseView::isReturned).findFirst();
        String key;
        String tone;
        Object detail = Formats.date(section, item.dueOn());
        if (returned.isPresent()) {
            key = "my.exercises.returned";
            tone = "error";
            detail = String.valueOf(returned.get().returnedReason());
        } else if (done) {
            key = "my.exercises.done";
            tone = "success";
        } else if (item.dueOn().isBefore(today)) {
            key = "my.exercises.overdue";
            tone = "error";
        } else if (started) {
            key = "my.exercises.started";
            tone = "info";
        } else {
            key = "my.exercises.due";
            tone = "info";
        }
        Span state = new Span(section.getTranslation(key, detail));
        state.addClassNames("dyad-status", "dyad-status-" + tone);
        Div row = new Div(link, state);
        row.addClassName("dyad-goal");
        return row;
    }
}
