package app.dyad.exercises.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.Visibility;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Changes the due date, the note and (while nobody has answered) who sees the answers. */
class EditAssignmentDialog extends Dialog {

    EditAssignmentDialog(HomeworkService homework, HomeworkItem item, boolean anyAnswer, Runnable changed) {
        setHeaderTitle(getTranslation("homework.edit-title", item.exerciseTitle()));
        setWidth("min(32rem, 98vw)");
        DatePicker due = new DatePicker(getTranslation("homework.due-on"), item.dueOn());
        due.setManualValidation(true);
        TextArea note = new TextArea(getTranslation("homework.note"));
        note.setValue(item.note() == null ? "" : item.note());
        note.setWidthFull();
        note.setMaxLength(NewAssignment.NOTE_MAX_LENGTH);
        note.setManualValidation(true);
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("homework.who-sees"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("homework.visibility-long." + v.name()));
        visibility.setValue(item.visibility());
        visibility.addClassName("dyad-vertical-group");
        visibility.setReadOnly(anyAnswer);
        if (anyAnswer) {
            visibility.setHelperText(getTranslation("homework.visibility-locked"));
        }
        VerticalLayout form = new VerticalLayout(due, note, visibility);
        form.setPadding(false);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            Map<String, HasValidation> fields = Map.of("dueOn", due, "note", note, "visibility", visibility);
            FieldErrors.clear(fields.values());
            if (due.getValue() == null) {
                FieldErrors.mark(due, getTranslation("validation.required"));
                return;
            }
            try {
                homework.edit(item.id(), item.version(), due.getValue(), note.getValue(), visibility.getValue());
                close();
                changed.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, fields);
            } catch (EditConflictException conflict) {
                Notification.show(getTranslation("homework.changed-meanwhile"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                close();
                changed.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
