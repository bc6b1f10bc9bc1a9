package app.dyad.safety.ui;

import app.dyad.base.ui.LayoutAddition;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/**
 * "Leave quickly" in the top bar of every client page, on a phone too. The click is handled in the browser, with no
 * round trip to wait for: it hides the page at once and replaces it with the exit address ({@link QuickExitScript}).
 */
@SpringComponent
class LeaveQuicklyButton implements LayoutAddition {

    private final CurrentUser currentUser;

    LeaveQuicklyButton(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> navbarItem() {
        if (currentUser.find().map(user -> user.role() != Role.CLIENT).orElse(true)) {
            return Optional.empty();
        }
        Button leave = new Button(VaadinIcon.EXIT_O.create());
        leave.setText(leave.getTranslation("safety.leave-quickly"));
        leave.setId("leave-quickly");
        leave.addClassName("dyad-leave-quickly");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        leave.setTooltipText(leave.getTranslation("safety.leave-quickly.help"));
        leave.getElement().executeJs("this.addEventListener('click', () => window.dyadLeaveQuickly())");
        return Optional.of(leave);
    }
}
