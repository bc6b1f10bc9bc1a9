package app.dyad.couples.ui;

import app.dyad.couples.CoupleFile;
import app.dyad.couples.CoupleService;
import app.dyad.couples.GoalEdit;
import app.dyad.couples.GoalView;
import app.dyad.couples.GoalVisibility;
import app.dyad.couples.NewGoal;
import app.dyad.couples.PartnerView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The couple's shared goals and each partner's own, with who sees them; add, edit, mark achieved. */
class GoalsPanel extends VerticalLayout {

    private final CoupleService service;
    private final CaseState state;
    private final LocalDate today;
    private final Div lists = new Div();

    GoalsPanel(CoupleService service, CaseState state, LocalDate today) {
        this.service = service;
        this.state = state;
        this.today = today;
        addClassName("dyad-section");
        Button add = new Button(getTranslation("goals.add"), click -> openEditor(Optional.empty()));
        add.setId("add-goal");
        add(new H3(getTranslation("goals.title")), lists, add);
        render(state.file());
        state.onSaved(this::render);
    }

    private void render(CoupleFile file) {
        lists.removeAll();
        lists.add(group(
                getTranslation("goals.couple"),
                file.goals().stream().filter(GoalView::isCoupleGoal).toList()));
        for (PartnerView partner : List.of(file.partnerOne(), file.partnerTwo())) {
            lists.add(group(
                    getTranslation("goals.of", partner.callName()),
                    file.goals().stream()
                            .filter(g -> Objects.equals(g.partnerId(), partner.id()))
                            .toList()));
        }
    }

    private Component group(String title, List<GoalView> goals) {
        VerticalLayout group = new VerticalLayout(new H4(title));
        group.setPadding(false);
        group.setSpacing(false);
        if (goals.isEmpty()) {
            Span none = new Span(getTranslation("goals.none"));
            none.addClassName("dyad-muted");
            group.add(none);
        }
        for (GoalView goal : goals) {
            Span text = new Span(goal.description());
            text.addClassName(goal.isAchieved() ? "dyad-goal-achieved" : "dyad-goal-open");
            Div row = new Div(text);
            row.addClassName("dyad-goal");
            if (!goal.isCoupleGoal()) {
                Span visibility = new Span(
                        getTranslation("goals.visibility." + goal.visibility().name()));
                visibility.addClassNames(
                        "dyad-status",
                        goal.visibility() == GoalVisibility.PRIVATE ? "dyad-status-neutral" : "dyad-status-info");
                row.add(visibility);
            }
            if (goal.isAchieved()) {
                Span achieved = new Span(getTranslation("goals.achieved-on", goal.achievedOn()));
                achieved.addClassNames("dyad-status", "dyad-status-success");
                row.add(achieved);
            }
            Button edit = new Button(getTranslation("goals.edit"), click -> openEditor(Optional.of(goal)));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            row.add(edit);
            group.add(row);
        }
        return group;
    }

    private void openEditor(Optional<GoalView> existing) {
        CoupleFile file = state.file();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing.isPresent() ? "goals.edit-title" : "goals.add-title"));
        dialog.setWidth("min(32rem, 95vw)");
        Select<Optional<PartnerView>> whose = new Select<>();
        whose.setLabel(getTranslation("goals.whose"));
        whose.setItems(Optional.empty(), Optional.of(file.partnerOne()), Optional.of(file.partnerTwo()));
        whose.setItemLabelGenerator(p -> p.map(PartnerView::callName).orElse(getTranslation("goals.whose-couple")));
        whose.setValue(existing.map(g -> g.partnerId() == null
                        ? Optional.<PartnerView>empty()
                        : Optional.of(g.partnerId() == file.partnerOne().id() ? file.partnerOne() : file.partnerTwo()))
                .orElse(Optional.empty()));
        whose.setReadOnly(existing.isPresent());
        whose.setWidthFull();
        RadioButtonGroup<GoalVisibility> visibility = new RadioButtonGroup<>(getTranslation("goals.who-sees"));
        visibility.setItems(GoalVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("goals.visibility-long." + v.name()));
        visibility.setValue(existing.map(GoalView::visibility).orElse(GoalVisibility.SHARED));
        visibility.setVisible(whose.getValue().isPresent());
        whose.addValueChangeListener(
                change -> visibility.setVisible(change.getValue().isPresent()));
        TextArea description = new TextArea(getTranslation("goals.description"));
        description.setValue(existing.map(GoalView::description).orElse(""));
        description.setMaxLength(NewGoal.DESCRIPTION_MAX_LENGTH);
        description.setWidthFull();
        description.setManualValidation(true);
        description.setId("goal-description");
        Checkbox achieved = new Checkbox(getTranslation("goals.achieved"));
        DatePicker achievedOn = new DatePicker(getTranslation("goals.achieved-date"));
        achievedOn.setValue(existing.map(GoalView::achievedOn).orElse(null));
        achieved.setValue(achievedOn.getValue() != null);
        achievedOn.setVisible(achieved.getValue());
        achieved.addValueChangeListener(change -> {
            achievedOn.setVisible(change.getValue());
            if (change.getValue() && achievedOn.isEmpty()) {
                achievedOn.setValue(today);
            }
        });
        VerticalLayout form = new VerticalLayout(whose, visibility, description);
        if (existing.isPresent()) {
            form.add(achieved, achievedOn);
        }
        form.setPadding(false);
        dialog.add(form);
        Button save = OverviewTab.primary(new Button(getTranslation("action.save"), click -> {
            boolean ok = SaveAndTell.save(
                    this,
                    Map.of("description", description),
                    () -> state.saved(
                            existing.isPresent()
                                    ? service.updateGoal(new GoalEdit(
                                            existing.get().id(),
                                            existing.get().version(),
                                            description.getValue(),
                                            visibility.getValue(),
                                            achieved.getValue() ? achievedOn.getValue() : null))
                                    : service.addGoal(
                                            file.id(),
                                            new NewGoal(
                                                    whose.getValue()
                                                            .map(PartnerView::id)
                                                            .orElse(null),
                                                    description.getValue(),
                                                    visibility.getValue()))));
            if (ok) {
                dialog.close();
            }
        }));
        save.setId("save-goal");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
