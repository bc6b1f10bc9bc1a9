package app.dyad.exercises.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.Formats;
import app.dyad.base.ui.Tell;
import app.dyad.couples.CouplePartners;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.Visibility;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** The counselor assigns an exercise: to whom, when, how often, with a note, and who will see the answers. */
class AssignDialog extends Dialog {

    final ComboBox<ExerciseSummary> exercise = new ComboBox<>();
    final RadioButtonGroup<Audience> audience = new RadioButtonGroup<>();
    final Select<Long> partner = new Select<>();
    final DatePicker due = new DatePicker();
    final Select<NewAssignment.Recurrence> recurrence = new Select<>();
    final IntegerField occurrences = new IntegerField();
    final TextArea note = new TextArea();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private Consumer<String> described = line -> {};
    /** Drawn once per dialog: a second click sends the same command, which the service does not repeat. */
    private final UUID commandId = UUID.randomUUID();

    AssignDialog(
            HomeworkService homework,
            ExerciseLibrary library,
            CouplePartners couple,
            LocalDate today,
            Runnable assigned) {
        this(homework, library, couple, today, null, assigned);
    }

    AssignDialog(
            HomeworkService homework,
            ExerciseLibrary library,
            CouplePartners couple,
            LocalDate today,
            @Nullable ExerciseSummary preselected,
            Runnable assigned) {
        setHeaderTitle(getTranslation("homework.assign-to", couple.bothNames()));
        setWidth("min(36rem, 98vw)");

        exercise.setLabel(getTranslation("homework.exercise"));
        exercise.setItems(query -> library
                .find(
                        new LibraryFilter(null, query.getFilter().orElse(""), null, null),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        exercise.setItemLabelGenerator(ExerciseSummary::title);
        exercise.setWidthFull();
        exercise.setId("assign-exercise-choice");
        exercise.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                visibility.setValue(e.getValue().defaultVisibility());
                audience.setValue(
                        switch (e.getValue().mode()) {
                            case TOGETHER -> Audience.JOINT;
                            default -> Audience.BOTH_SEPARATELY;
                        });
            }
        });
        audience.setLabel(getTranslation("homework.for"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("homework.audience." + a.name()));
        audience.setValue(Audience.BOTH_SEPARATELY);
        partner.setLabel(getTranslation("homework.partner"));
        partner.setItems(couple.partnerOneId(), couple.partnerTwoId());
        partner.setItemLabelGenerator(couple::nameOf);
        partner.setVisible(false);
        audience.addValueChangeListener(e -> partner.setVisible(e.getValue() == Audience.ONE_PARTNER));
        due.setLabel(getTranslation("homework.due"));
        due.setValue(today.plusDays(7));
        due.setMin(today);
        recurrence.setLabel(getTranslation("homework.recurrence"));
        recurrence.setItems(NewAssignment.Recurrence.values());
        recurrence.setItemLabelGenerator(r -> getTranslation("homework.recurrence." + r.name()));
        recurrence.setValue(NewAssignment.Recurrence.ONCE);
        occurrences.setLabel(getTranslation("homework.occurrences"));
        occurrences.setValue(1);
        occurrences.setMin(1);
        occurrences.setMax(60);
        occurrences.setStepButtonsVisible(true);
        occurrences.setVisible(false);
        recurrence.addValueChangeListener(e -> {
            occurrences.setVisible(e.getValue() != NewAssignment.Recurrence.ONCE);
            if (e.getValue() != NewAssignment.Recurrence.ONCE
                    && occurrences.getValue() != null
                    && occurrences.getValue() < 2) {
                occurrences.setValue(e.getValue() == NewAssignment.Recurrence.DAILY ? 7 : 4);
            }
        });
        note.setLabel(getTranslation("homework.note"));
        note.setWidthFull();
        note.setMaxLength(NewAssignment.NOTE_MAX_LENGTH);
        visibility.setLabel(getTranslation("homework.who-sees"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("homework.visibility-long." + v.name()));
        visibility.addClassName("dyad-vertical-group");
        exercise.setManualValidation(true);
        due.setManualValidation(true);
        occurrences.setManualValidation(true);
        note.setManualValidation(true);

        if (preselected != null) {
            exercise.setValue(preselected);
        }
        VerticalLayout form =
                new VerticalLayout(exercise, audience, partner, due, recurrence, occurrences, note, visibility);
        form.setPadding(false);
        add(form);

        Button save = new Button(getTranslation("homework.assign-submit"), click -> {
            Map<String, HasValidation> fields = Map.of(
                    "exerciseId",
                    exercise,
                    "audience",
                    audience,
                    "partnerId",
                    partner,
                    "firstDue",
                    due,
                    "recurrence",
                    recurrence,
                    "occurrences",
                    occurrences,
                    "note",
                    note,
                    "visibility",
                    visibility);
            FieldErrors.clear(fields.values());
            if (exercise.getValue() == null) {
                FieldErrors.mark(exercise, getTranslation("homework.exercise-unknown"));
                click.getSource().setEnabled(true);
                return;
            }
            try {
                homework.assign(
                        couple.coupleId(),
                        commandId,
                        new NewAssignment(
                                exercise.getValue().id(),
                                audience.getValue(),
                                partner.getValue(),
                                due.getValue(),
                                recurrence.getValue(),
                                occurrences.getValue() == null ? 0 : occurrences.getValue(),
                                note.getValue(),
                                visibility.getValue()));
                close();
                assigned.run();
                String line = getTranslation(
                        "homework.assigned-line", exercise.getValue().title(), Formats.date(this, due.getValue()));
                Tell.done(line);
                described.accept(line);
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, fields);
                click.getSource().setEnabled(true); // disabled by the click; the counselor corrects and retries
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("assign-save");
        save.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** Also tells, once assigned, a line saying what was assigned and when it is due (for a session's plan). */
    void whenAssigned(Consumer<String> describe) {
        this.described = describe;
    }
}
