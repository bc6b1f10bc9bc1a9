package app.dyad.exercises.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.exercises.ExerciseDetails;
import app.dyad.exercises.ExerciseDraft;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseMode;
import app.dyad.exercises.PromptKind;
import app.dyad.exercises.PromptView;
import app.dyad.exercises.StrategyView;
import app.dyad.exercises.Visibility;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A counselor edits their own exercise: texts, steps (one per line) and the questions of the form. Without an id it
 * writes a new one ({@code library/exercise/edit?strategy=3}), stored only when saved.
 */
@Route("library/exercise/edit")
@RolesAllowed(Role.COUNSELOR_NAME)
public class ExerciseEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long NEW = 0;

    private final ExerciseLibrary library;
    private final CurrentUser currentUser;
    private final List<PromptRow> rows = new ArrayList<>();
    private final Div promptList = new Div();
    private long exerciseId;
    private long version;
    private UUID createCommand = UUID.randomUUID();

    final TextField title = new TextField();
    final Select<StrategyView> strategy = new Select<>();
    final TextArea purpose = new TextArea();
    final TextArea steps = new TextArea();
    final IntegerField minutes = new IntegerField();
    final Select<ExerciseMode> mode = new Select<>();
    final TextField frequency = new TextField();
    final Select<Visibility> visibility = new Select<>();
    final Checkbox shared = new Checkbox();

    public ExerciseEditorView(ExerciseLibrary library, CurrentUser currentUser) {
        this.library = library;
        this.currentUser = currentUser;
        addClassName("dyad-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long id) {
        removeAll();
        if (id == null) {
            exerciseId = NEW;
            createCommand = UUID.randomUUID();
            long strategyId = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("strategy")
                    .filter(value -> value.matches("\\d{1,9}"))
                    .map(Long::parseLong)
                    .orElse(0L);
            show(library.blank(strategyId));
            return;
        }
        exerciseId = id;
        library.get(id)
                .filter(e -> e.editableBy(currentUser.require().accountId()))
                .ifPresentOrElse(
                        this::show,
                        () -> add(
                                new H2(getTranslation("exercise.not-yours")),
                                new Anchor("library", getTranslation("library.back"))));
    }

    private void show(ExerciseDetails exercise) {
        version = exercise.version();
        title.setLabel(getTranslation("editor.title"));
        title.setValue(exercise.summary().title());
        title.setWidthFull();
        title.setMaxLength(ExerciseDraft.TITLE_MAX_LENGTH);
        title.setId("editor-title");
        strategy.setLabel(getTranslation("library.strategy"));
        List<StrategyView> all = library.strategies();
        strategy.setItems(all);
        strategy.setItemLabelGenerator(StrategyView::name);
        strategy.setValue(all.stream()
                .filter(s -> s.id() == exercise.strategy().id())
                .findFirst()
                .orElse(null));
        purpose.setLabel(getTranslation("editor.purpose"));
        purpose.setValue(exercise.summary().purpose());
        purpose.setWidthFull();
        purpose.setMaxLength(ExerciseDraft.PURPOSE_MAX_LENGTH);
        steps.setLabel(getTranslation("editor.steps"));
        steps.setHelperText(getTranslation("editor.steps-help"));
        steps.setValue(String.join("\n", exercise.steps()));
        steps.setWidthFull();
        minutes.setLabel(getTranslation("library.minutes"));
        minutes.setValue(exercise.summary().minutes());
        mode.setLabel(getTranslation("library.mode"));
        mode.setItems(ExerciseMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("exercise.mode." + m.name()));
        mode.setValue(exercise.summary().mode());
        frequency.setLabel(getTranslation("editor.frequency"));
        frequency.setMaxLength(ExerciseDraft.FREQUENCY_MAX_LENGTH);
        frequency.setValue(exercise.frequency());
        visibility.setLabel(getTranslation("editor.default-visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("homework.visibility-long." + v.name()));
        visibility.setValue(exercise.summary().defaultVisibility());
        strategy.setWidthFull();
        mode.setWidthFull();
        visibility.setWidthFull();
        frequency.setWidthFull();
        shared.setLabel(getTranslation("editor.shared"));
        shared.setValue(exercise.sharedWithClinic());
        title.setManualValidation(true);
        purpose.setManualValidation(true);
        steps.setManualValidation(true);
        minutes.setManualValidation(true);
        frequency.setManualValidation(true);

        rows.clear();
        for (PromptView prompt : exercise.prompts()) {
            rows.add(new PromptRow(prompt.kind(), prompt.label(), prompt.options(), this::move, this::remove));
        }
        Button addPrompt = new Button(getTranslation("editor.add-prompt"), VaadinIcon.PLUS.create(), click -> {
            rows.add(new PromptRow(PromptKind.TEXT, "", List.of(), this::move, this::remove));
            redraw();
        });
        addPrompt.setId("add-prompt");
        Button save = new Button(getTranslation("action.save"));
        save.addClickListener(click -> save(save));
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-exercise");
        Button delete = new Button(getTranslation("editor.delete"), click -> {
            library.delete(exerciseId);
            getUI().ifPresent(ui -> ui.navigate("library"));
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = exerciseId == NEW ? new Div(save) : new Div(save, delete);
        actions.addClassName("dyad-actions");
        promptList.setWidthFull();
        redraw();
        VerticalLayout texts =
                new VerticalLayout(title, strategy, purpose, steps, minutes, mode, frequency, visibility, shared);
        texts.addClassName("dyad-section");
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("editor.prompts")), promptList, addPrompt);
        form.addClassName("dyad-section");
        add(
                exerciseId == NEW
                        ? new Anchor("library", getTranslation("library.back"))
                        : new Anchor("library/exercise/" + exerciseId, getTranslation("editor.back")),
                new H2(getTranslation(exerciseId == NEW ? "editor.heading-new" : "editor.heading")),
                texts,
                form,
                actions);
    }

    private void remove(PromptRow row) {
        rows.remove(row);
        redraw();
    }

    private void move(PromptRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (to >= 0 && to < rows.size()) {
            rows.remove(from);
            rows.add(to, row);
            redraw();
        }
    }

    private void redraw() {
        promptList.removeAll();
        rows.forEach(promptList::add);
    }

    private void save(Button save) {
        Map<String, HasValidation> fields = new HashMap<>(
                Map.of("title", title, "purpose", purpose, "steps", steps, "minutes", minutes, "frequency", frequency));
        for (int i = 0; i < rows.size(); i++) {
            fields.put("prompts[" + i + "].label", rows.get(i).label);
            fields.put("prompts[" + i + "].options", rows.get(i).options);
        }
        FieldErrors.clear(fields.values());
        List<String> stepLines = Arrays.stream(steps.getValue().split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        try {
            ExerciseDraft draft = new ExerciseDraft(
                    version,
                    strategy.getValue() == null ? 0 : strategy.getValue().id(),
                    title.getValue(),
                    purpose.getValue(),
                    stepLines,
                    minutes.getValue() == null ? 0 : minutes.getValue(),
                    mode.getValue(),
                    frequency.getValue(),
                    visibility.getValue(),
                    shared.getValue(),
                    rows.stream().map(PromptRow::value).toList());
            if (exerciseId == NEW) {
                exerciseId = library.create(createCommand, draft);
            } else {
                library.save(exerciseId, draft);
            }
            getUI().ifPresent(ui -> ui.navigate("library/exercise/" + exerciseId));
        } catch (InvalidInputException invalid) {
            save.setEnabled(true);
            FieldErrors.show(this, invalid, fields);
        } catch (EditConflictException conflict) {
            save.setEnabled(true);
            Notification.show(getTranslation("error.conflict"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(exerciseId == NEW ? "editor.heading-new" : "editor.heading");
    }
}
