package app.dyad.exercises.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.ui.FieldErrors;
import app.dyad.couples.CaseloadFilter;
import app.dyad.couples.CaseloadRow;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.exercises.ExerciseDetails;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkService;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/** An exercise's page: purpose, steps, and a preview of the form exactly as a client will see it. */
@Route("library/exercise")
@RolesAllowed(Role.COUNSELOR_NAME)
public class ExerciseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ExerciseLibrary library;
    private final HomeworkService homework;
    private final CoupleService couples;
    private final ClinicCalendar calendar;
    private String title = "";

    private final CurrentUser currentUser;

    public ExerciseView(
            ExerciseLibrary library,
            HomeworkService homework,
            CoupleService couples,
            ClinicCalendar calendar,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.library = library;
        this.homework = homework;
        this.couples = couples;
        this.calendar = calendar;
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
        Span facts = new Span(getTranslation(
                "exercise.facts",
                exercise.summary().minutes(),
                getTranslation("exercise.mode." + exercise.summary().mode().name()),
                exercise.frequency(),
                getTranslation("exercise.visibility."
                        + exercise.summary().defaultVisibility().name()),
                attribution(exercise)));
        facts.addClassName("dyad-muted");
        Div meta = new Div(strategy, facts);
        meta.addClassName("dyad-case-meta");

        OrderedList steps = new OrderedList();
        exercise.steps().forEach(step -> steps.add(new ListItem(step)));

        VerticalLayout preview = new VerticalLayout(
                new H3(getTranslation("exercise.preview")),
                new Paragraph(getTranslation("exercise.preview-help")),
                new ResponseForm(exercise.prompts(), true));
        preview.addClassName("dyad-section");
        preview.setId("form-preview");

        VerticalLayout about = new VerticalLayout(
                new Paragraph(exercise.summary().purpose()), new H3(getTranslation("exercise.steps")), steps);
        about.addClassName("dyad-section");

        Button assign =
                new Button(getTranslation("library.assign"), VaadinIcon.PLUS.create(), click -> chooseCouple(exercise));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign-from-library");
        Button duplicate = new Button(getTranslation("library.duplicate"), VaadinIcon.COPY_O.create(), click -> {
            long copy = library.duplicate(exercise.summary().id());
            getUI().ifPresent(ui -> ui.navigate("library/exercise/edit/" + copy));
        });
        duplicate.setId("duplicate-exercise");
        Div actions = new Div(assign, duplicate);
        if (exercise.editableBy(currentUser.require().accountId())) {
            Button edit = new Button(
                    getTranslation("library.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(
                            "library/exercise/edit/" + exercise.summary().id())));
            edit.setId("edit-exercise");
            actions.add(edit);
        }
        actions.addClassName("dyad-actions");
        add(
                new Anchor("library", getTranslation("library.back")),
                new H2(exercise.summary().title()),
                meta,
                actions,
                about,
                preview);
    }

    /** Library content names its article; a counselor's own exercise says whose words it is, never an article. */
    private String attribution(ExerciseDetails exercise) {
        if (!exercise.sourceArticle().isEmpty()) {
            return getTranslation("exercise.source." + exercise.sourceArticle());
        }
        return getTranslation(
                exercise.editableBy(currentUser.require().accountId())
                        ? "exercise.source.own"
                        : "exercise.source.colleague");
    }

    /** Assigning from the library: first which couple (from the counselor's own caseload), then the details. */
    private void chooseCouple(ExerciseDetails exercise) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("library.assign-choose"));
        ComboBox<CaseloadRow> couple = new ComboBox<>(getTranslation("library.couple"));
        couple.setItems(query -> couples
                .findCaseload(
                        new CaseloadFilter(query.getFilter().orElse(""), CoupleStatus.ACTIVE),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        couple.setItemLabelGenerator(CaseloadRow::caseName);
        couple.setWidthFull();
        couple.setId("assign-couple");
        dialog.add(couple);
        Button next = new Button(getTranslation("library.assign-next"), click -> {
            if (couple.getValue() == null) {
                FieldErrors.mark(couple, getTranslation("validation.required"));
                return;
            }
            dialog.close();
            long coupleId = couple.getValue().id();
            new AssignDialog(
                            homework,
                            library,
                            homework.partnersOf(coupleId),
                            calendar.today(),
                            exercise.summary(),
                            () -> Notification.show(
                                            getTranslation("library.assigned"), 4000, Notification.Position.TOP_CENTER)
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS))
                    .open();
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("assign-couple-next");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), next);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
