package app.dyad.exercises.ui;

import app.dyad.exercises.ExerciseDetails;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.identity.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** An exercise's page: purpose, steps, and a preview of the form exactly as a client will see it. */
@Route("library/exercise")
@RolesAllowed(Role.COUNSELOR_NAME)
public class ExerciseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ExerciseLibrary library;
    private String title = "";

    public ExerciseView(ExerciseLibrary library) {
        this.library = library;
        addClassName("dyad-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long exerciseId) {
        removeAll();
        library.get(exerciseId).ifPresentOrElse(this::show, () -> {
            title = getTranslation("library.not-found");
            add(new H2(title), new Anchor("library", getTranslation("library.back")));
        });
    }

    private void show(ExerciseDetails exercise) {
        title = exercise.summary().title();
        Span strategy = new Span(exercise.strategy().name());
        strategy.addClassNames("dyad-status", "dyad-status-info");
        Span facts = new Span(getTranslation("exercise.facts", exercise.summary().minutes(),
                getTranslation("exercise.mode." + exercise.summary().mode().name()), exercise.frequency(),
                getTranslation("exercise.visibility." + exercise.summary().defaultVisibility().name()),
                getTranslation("exercise.source." + exercise.sourceArticle())));
        facts.addClassName("dyad-muted");
        Div meta = new Div(strategy, facts);
        meta.addClassName("dyad-case-meta");

        OrderedList steps = new OrderedList();
        exercise.steps().forEach(step -> steps.add(new ListItem(step)));

        VerticalLayout preview = new VerticalLayout(new H3(getTranslation("exercise.preview")),
                new Paragraph(getTranslation("exercise.preview-help")), new ResponseForm(exercise.prompts(), true));
        preview.addClassName("dyad-section");
        preview.setId("form-preview");

        VerticalLayout about = new VerticalLayout(new Paragraph(exercise.summary().purpose()),
                new H3(getTranslation("exercise.steps")), steps);
        about.addClassName("dyad-section");

        add(new Anchor("library", getTranslation("library.back")), new H2(exercise.summary().title()), meta, about,
                preview);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
