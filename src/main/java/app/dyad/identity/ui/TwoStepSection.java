package app.dyad.identity.ui;

import app.dyad.base.ui.Formats;
import app.dyad.identity.TwoStepService;
import app.dyad.identity.TwoStepStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;

/**
 * Two-step sign-in on one's own account page: whether it is on, since when and how many recovery codes are left;
 * if it is off, "Set up two-step sign-in". Turning it off is an admin's reset (a lost phone), not a switch here: for
 * staff the clinic may require it, and a session left open must not be enough to remove it.
 */
class TwoStepSection extends VerticalLayout {

    private final TwoStepService twoStep;

    TwoStepSection(TwoStepService twoStep) {
        this.twoStep = twoStep;
        addClassName("dyad-card");
        setId("two-step-section");
        setPadding(true);
        showStatus();
    }

    private void showStatus() {
        removeAll();
        TwoStepStatus status = twoStep.myStatus();
        add(new H2(getTranslation("two-step.section")));
        Paragraph state = new Paragraph();
        state.setId("two-step-state");
        if (status.isOn()) {
            state.setText(getTranslation(
                    "two-step.state.on",
                    Formats.dayOf(this, Objects.requireNonNull(status.onSince())),
                    status.recoveryCodesLeft()));
            add(state);
            if (status.recoveryCodesLeft() <= 2) {
                add(new Paragraph(getTranslation("two-step.state.few-codes")));
            }
            return;
        }
        state.setText(getTranslation(status.required() ? "two-step.state.off-required" : "two-step.state.off"));
        Button setUp = new Button(getTranslation("two-step.set-up.start"), click -> {
            removeAll();
            add(new H2(getTranslation("two-step.section")), new TwoStepSetUpPanel(twoStep, this::showStatus));
        });
        setUp.setId("two-step-start");
        add(state, setUp);
    }
}
