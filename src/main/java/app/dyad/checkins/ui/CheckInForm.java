package app.dyad.checkins.ui;

import app.dyad.checkins.InstrumentView;
import app.dyad.checkins.ItemView;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.slider.IntegerSlider;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The questions of a check-in: a slider for each 0–10 item (its two ends in words), radio buttons for each worded
 * answer. Every answer the person gives goes to {@code onAnswer} at once, so the draft saves itself.
 */
class CheckInForm extends Div {

    private final Map<Long, Integer> answers;
    private final Map<Long, HasValidation> fields = new LinkedHashMap<>();

    CheckInForm(List<InstrumentView> instruments, Map<Long, Integer> saved, Consumer<Map<Long, Integer>> onAnswer) {
        this.answers = new HashMap<>(saved);
        addClassName("dyad-checkin-form");
        setWidthFull();
        for (InstrumentView instrument : instruments) {
            Div part = new Div(new H3(instrument.title()));
            part.addClassName("dyad-card");
            part.setId("checkin-" + instrument.code().toLowerCase(Locale.ROOT));
            Paragraph about = new Paragraph(instrument.about());
            about.addClassName("dyad-muted");
            part.add(about);
            if (instrument.citation() != null) {
                Paragraph citation = new Paragraph(getTranslation("checkins.source", instrument.citation()));
                citation.addClassNames("dyad-muted", "dyad-citation");
                part.add(citation);
            }
            for (ItemView item : instrument.items()) {
                part.add(item.isChoice() ? choice(item, onAnswer) : slider(item, onAnswer));
            }
            add(part);
        }
    }

    private Div slider(ItemView item, Consumer<Map<Long, Integer>> onAnswer) {
        IntegerSlider slider = new IntegerSlider(item.text(), item.min(), item.max());
        slider.setId("item-" + item.id());
        slider.setWidthFull();
        Span state = new Span();
        state.addClassName("dyad-muted");
        state.setId("item-" + item.id() + "-answer");
        Integer saved = answers.get(item.id());
        if (saved != null) {
            slider.setValue(saved);
            state.setText(getTranslation("checkins.form.your-answer", saved, item.max()));
        } else {
            slider.setValue((item.min() + item.max()) / 2);
            state.setText(getTranslation("checkins.form.not-yet"));
        }
        slider.addValueChangeListener(event -> answered(item, event, state, onAnswer));
        Div ends = new Div(new Span(item.lowLabel()), new Span(item.highLabel()));
        ends.addClassName("dyad-slider-ends");
        Div row = new Div(slider, ends, state);
        row.addClassName("dyad-checkin-item");
        fields.put(item.id(), slider);
        return row;
    }

    private Div choice(ItemView item, Consumer<Map<Long, Integer>> onAnswer) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(item.text());
        group.setId("item-" + item.id());
        group.setItems(IntStream.rangeClosed(item.min(), item.max()).boxed().toList());
        group.setItemLabelGenerator(item::describe);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Integer saved = answers.get(item.id());
        if (saved != null) {
            group.setValue(saved);
        }
        Span state = new Span();
        group.addValueChangeListener(event -> answered(item, event, state, onAnswer));
        Div row = new Div(group);
        row.addClassName("dyad-checkin-item");
        fields.put(item.id(), group);
        return row;
    }

    private void answered(
            ItemView item,
            AbstractField.ComponentValueChangeEvent<?, Integer> event,
            Span state,
            Consumer<Map<Long, Integer>> onAnswer) {
        if (!event.isFromClient() || event.getValue() == null) {
            return;
        }
        answers.put(item.id(), event.getValue());
        state.setText(item.isChoice() ? "" : getTranslation("checkins.form.your-answer", event.getValue(), item.max()));
        fields.get(item.id()).setInvalid(false);
        onAnswer.accept(Map.copyOf(answers));
    }

    Map<Long, Integer> answers() {
        return Map.copyOf(answers);
    }

    /** Marks every question still unanswered, next to it; true when there were none. */
    boolean markUnanswered() {
        boolean complete = true;
        for (Map.Entry<Long, HasValidation> field : fields.entrySet()) {
            boolean missing = !answers.containsKey(field.getKey());
            field.getValue().setInvalid(missing);
            if (missing) {
                field.getValue().setErrorMessage(getTranslation("checkins.answer-missing"));
                complete = false;
            }
        }
        return complete;
    }

    /** Focuses the first unanswered question, so a person on a phone is taken to it. */
    void focusFirstUnanswered() {
        fields.entrySet().stream()
                .filter(f -> !answers.containsKey(f.getKey()))
                .findFirst()
                .ifPresent(f -> ((Component) f.getValue()).scrollIntoView());
    }
}
