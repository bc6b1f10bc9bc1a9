package app.dyad.checkins.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.checkins.Cadence;
import app.dyad.checkins.CounselorCheckIns;
import app.dyad.checkins.PlanView;
import app.dyad.exercises.Visibility;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;

/** The counselor sets how often the couple checks in and whether the partners see each other's scores. */
class PlanForm extends Div {

    private final CounselorCheckIns checkIns;
    private final long coupleId;
    private final Select<Cadence> cadence = new Select<>();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final Span state = new Span();
    private final Runnable reload;
    private long version;

    PlanForm(CounselorCheckIns checkIns, long coupleId, PlanView plan, Runnable reload) {
        this.checkIns = checkIns;
        this.coupleId = coupleId;
        this.reload = reload;
        addClassNames("dyad-card", "dyad-plan");
        setId("checkin-plan");
        cadence.setLabel(getTranslation("checkins.plan.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("checkins.cadence." + c.name()));
        cadence.setId("checkin-cadence");
        visibility.setLabel(getTranslation("checkins.plan.visibility"));
        visibility.setItems(Visibility.COUNSELOR_ONLY, Visibility.REVEAL_TOGETHER);
        visibility.setItemLabelGenerator(v -> getTranslation("checkins.visibility." + v.name()));
        visibility.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        visibility.setId("checkin-visibility");
        Button save = new Button(getTranslation("checkins.plan.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("checkin-plan-save");
        save.setDisableOnClick(true);
        save.addClickListener(click -> save.setEnabled(true));
        state.addClassName("dyad-muted");
        state.setId("checkin-plan-state");
        cadence.setWidth("22em");
        cadence.setMaxWidth("100%");
        add(new H3(getTranslation("checkins.plan.title")), state, cadence, visibility, save);
        show(plan);
    }

    void show(PlanView plan) {
        version = plan.version();
        cadence.setValue(plan.cadence());
        visibility.setValue(plan.visibility());
        state.setText(getTranslation(
                plan.cadence() == Cadence.PAUSED ? "checkins.plan.state-paused" : "checkins.plan.state",
                getTranslation("checkins.cadence." + plan.cadence().name())));
    }

    private void save() {
        cadence.setInvalid(false);
        visibility.setInvalid(false);
        if (cadence.isEmpty() || visibility.isEmpty()) {
            cadence.setInvalid(cadence.isEmpty());
            cadence.setErrorMessage(getTranslation("validation.required"));
            visibility.setInvalid(visibility.isEmpty());
            visibility.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        try {
            PlanView saved = checkIns.savePlan(coupleId, cadence.getValue(), visibility.getValue(), version);
            show(saved);
            Notification.show(getTranslation("checkins.plan.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EditConflictException e) {
            Notification.show(getTranslation("checkins.plan.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            reload.run();
        } catch (InvalidInputException e) {
            visibility.setInvalid(true);
            visibility.setErrorMessage(getTranslation("checkins.plan.visibility-invalid"));
        }
    }
}
