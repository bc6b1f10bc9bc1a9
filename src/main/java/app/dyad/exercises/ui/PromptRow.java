package app.dyad.exercises.ui;

import app.dyad.exercises.ExerciseDraft;
import app.dyad.exercises.PromptKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** One question of an exercise being edited: its kind, its label, its items, and moving or removing it. */
final class PromptRow extends Div {

    final Select<PromptKind> kind = new Select<>();
    final TextField label = new TextField();
    final TextArea options = new TextArea();

    PromptRow(
            PromptKind initialKind,
            String initialLabel,
            List<String> initialOptions,
            BiConsumer<PromptRow, Integer> move,
            Consumer<PromptRow> removeRow) {
        kind.setItems(PromptKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("prompt.kind." + k.name()));
        kind.setValue(initialKind);
        kind.setLabel(getTranslation("editor.prompt-kind"));
        label.setLabel(getTranslation("editor.prompt-label"));
        label.setValue(initialLabel);
        label.setWidthFull();
        label.setMaxLength(ExerciseDraft.Prompt.LABEL_MAX_LENGTH);
        label.setManualValidation(true);
        options.setLabel(getTranslation("editor.prompt-options"));
        options.setValue(String.join("\n", initialOptions));
        options.setWidthFull();
        options.setManualValidation(true);
        options.setVisible(initialKind == PromptKind.CHECKLIST || initialKind == PromptKind.SCALE);
        kind.addValueChangeListener(
                e -> options.setVisible(e.getValue() == PromptKind.CHECKLIST || e.getValue() == PromptKind.SCALE));
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move.accept(this, -1));
        up.setAriaLabel(getTranslation("editor.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move.accept(this, 1));
        down.setAriaLabel(getTranslation("editor.down"));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> removeRow.accept(this));
        remove.setAriaLabel(getTranslation("editor.remove"));
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        Div buttons = new Div(up, down, remove);
        buttons.addClassName("dyad-actions");
        add(kind, label, options, buttons);
        addClassNames("dyad-partner-card", "dyad-prompt-row");
    }

    ExerciseDraft.Prompt value() {
        return new ExerciseDraft.Prompt(
                kind.getValue(),
                label.getValue(),
                Arrays.stream(options.getValue().split("\n"))
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .toList());
    }
}
