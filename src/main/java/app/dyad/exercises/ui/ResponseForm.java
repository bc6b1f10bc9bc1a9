package app.dyad.exercises.ui;

import app.dyad.exercises.PromptView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.IntStream;

/** An exercise's response form exactly as a client sees it: one field per typed prompt. */
class ResponseForm extends Composite<VerticalLayout> {

    ResponseForm(List<PromptView> prompts, boolean preview) {
        getContent().setPadding(false);
        getContent().addClassName("dyad-response-form");
        for (PromptView prompt : prompts) {
            Component field = field(prompt);
            if (preview && field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                value.setReadOnly(true);
            }
            getContent().add(field);
        }
    }

    private Component field(PromptView prompt) {
        return switch (prompt.kind()) {
            case TEXT -> {
                TextArea text = new TextArea(prompt.label());
                text.setWidthFull();
                text.setMinHeight("6rem");
                yield text;
            }
            case SCALE -> scale(prompt);
            case CHECKLIST -> {
                CheckboxGroup<String> checklist = new CheckboxGroup<>(prompt.label());
                checklist.setItems(prompt.options());
                checklist.addClassName("dyad-vertical-group");
                yield checklist;
            }
            case YES_NO -> {
                RadioButtonGroup<String> yesNo = new RadioButtonGroup<>(prompt.label());
                yesNo.setItems(getTranslation("form.yes"), getTranslation("form.no"));
                yield yesNo;
            }
            case PLAN -> {
                DateTimePicker plan = new DateTimePicker(prompt.label());
                plan.setWidthFull();
                yield plan;
            }
        };
    }

    private Component scale(PromptView prompt) {
        RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(prompt.label());
        scale.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        scale.addClassName("dyad-scale");
        if (prompt.options().size() == 2) {
            Span low = new Span("1 = " + prompt.options().get(0));
            Span high = new Span("10 = " + prompt.options().get(1));
            Div ends = new Div(low, high);
            ends.addClassName("dyad-scale-ends");
            VerticalLayout box = new VerticalLayout(scale, ends);
            box.setPadding(false);
            box.setSpacing(false);
            return box;
        }
        return scale;
    }
}
