package app.dyad.exercises.ui;

import app.dyad.base.ui.Autosave;
import app.dyad.exercises.PromptView;
import app.dyad.exercises.ResponseView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * An exercise's response form exactly as a client sees it: one field per typed prompt. Answers travel as
 * text per prompt id: a scale as "1".."10", a checklist as its ticked items one per line, yes/no as "yes"/"no",
 * a plan as an ISO date-time.
 */
class ResponseForm extends Composite<VerticalLayout> {

    private record Field(Component component, Supplier<String> read, Consumer<String> write) {}

    private final Map<Long, Field> fields = new LinkedHashMap<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final List<TextArea> texts = new ArrayList<>();

    ResponseForm(List<PromptView> prompts, boolean preview) {
        getContent().setPadding(false);
        getContent().addClassName("dyad-response-form");
        for (PromptView prompt : prompts) {
            Field field = field(prompt);
            fields.put(prompt.id(), field);
            getContent().add(field.component());
        }
        setReadOnly(preview);
    }

    Map<Long, String> values() {
        Map<Long, String> values = new LinkedHashMap<>();
        fields.forEach((id, field) -> {
            String value = field.read().get();
            if (!value.isBlank()) {
                values.put(id, value);
            }
        });
        return values;
    }

    void setValues(Map<Long, String> values) {
        fields.forEach((id, field) -> {
            try {
                field.write().accept(values.getOrDefault(id, ""));
            } catch (RuntimeException unreadable) {
                // an answer stored for a prompt whose type later changed: show the field empty rather than fail
                field.write().accept("");
            }
        });
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> {
            if (f.component() instanceof HasValue<?, ?> value) {
                value.setReadOnly(readOnly);
            } else {
                f.component()
                        .getChildren()
                        .filter(c -> c instanceof HasValue<?, ?>)
                        .forEach(c -> ((HasValue<?, ?>) c).setReadOnly(readOnly));
            }
        });
    }

    /** Called on every change a person makes (for autosave). */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Written answers go to the server with the autosave's flushes (choices go as they are made). */
    void followedBy(Autosave autosave) {
        texts.forEach(autosave::follow);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    private Field field(PromptView prompt) {
        return switch (prompt.kind()) {
            case TEXT -> {
                TextArea text = new TextArea(prompt.label());
                text.setWidthFull();
                text.setMinHeight("6rem");
                text.setMaxLength(ResponseView.ANSWER_MAX_LENGTH);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                texts.add(text);
                text.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        changed();
                    }
                });
                yield new Field(text, text::getValue, text::setValue);
            }
            case SCALE -> scale(prompt);
            case CHECKLIST -> {
                CheckboxGroup<String> checklist = new CheckboxGroup<>(prompt.label());
                checklist.setItems(prompt.options());
                checklist.addClassName("dyad-vertical-group");
                checklist.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        changed();
                    }
                });
                yield new Field(
                        checklist,
                        () -> String.join("\n", checklist.getValue()),
                        v -> checklist.setValue(
                                v.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(v.split("\n")))));
            }
            case YES_NO -> {
                RadioButtonGroup<String> yesNo = new RadioButtonGroup<>(prompt.label());
                yesNo.setItems(PromptView.YES_NO);
                yesNo.setItemLabelGenerator(v -> getTranslation("form." + v));
                yesNo.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        changed();
                    }
                });
                yield new Field(
                        yesNo,
                        () -> yesNo.getValue() == null ? "" : yesNo.getValue(),
                        v -> yesNo.setValue(v.isBlank() ? null : v));
            }
            case PLAN -> {
                DateTimePicker plan = new DateTimePicker(prompt.label());
                plan.setWidthFull();
                plan.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        changed();
                    }
                });
                yield new Field(
                        plan,
                        () -> plan.getValue() == null ? "" : plan.getValue().toString(),
                        v -> plan.setValue(v.isBlank() ? null : LocalDateTime.parse(v)));
            }
        };
    }

    private Field scale(PromptView prompt) {
        RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(prompt.label());
        scale.setItems(IntStream.rangeClosed(PromptView.SCALE_MIN, PromptView.SCALE_MAX)
                .boxed()
                .toList());
        scale.addClassName("dyad-scale");
        scale.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        Component component = scale;
        if (prompt.options().size() == 2) {
            Div ends = new Div(
                    new Span(PromptView.SCALE_MIN + " = " + prompt.options().get(0)),
                    new Span(PromptView.SCALE_MAX + " = " + prompt.options().get(1)));
            ends.addClassName("dyad-scale-ends");
            VerticalLayout box = new VerticalLayout(scale, ends);
            box.setPadding(false);
            box.setSpacing(false);
            component = box;
        }
        return new Field(
                component,
                () -> scale.getValue() == null ? "" : String.valueOf(scale.getValue()),
                v -> scale.setValue(v.isBlank() ? null : Integer.valueOf(v)));
    }
}
