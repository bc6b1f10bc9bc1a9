package app.dyad.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * What a row of a list can do, shown on the row: one click away and never in a menu that a narrow column clips.
 * Icon buttons keep the row narrow enough for 1280 px with the menu open; each says what it does on hover and
 * focus, and to screen readers with the person or case it acts on. Whatever cannot be undone with one click asks
 * first, naming who and what follows.
 */
public final class RowActions {

    private RowActions() {}

    /**
     * A visible icon button; {@code name} becomes the class {@code dyad-action-<name>}, so tests and styles find it
     * on any row.
     */
    public static Button button(
            VaadinIcon icon,
            String name,
            String label,
            String labelForScreenReaders,
            ComponentEventListener<ClickEvent<Button>> onClick) {
        Button button = new Button(icon.create(), onClick);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("dyad-action-" + name);
        button.setTooltipText(label);
        button.setAriaLabel(labelForScreenReaders);
        return button;
    }

    /** The buttons of one row, side by side. */
    public static HorizontalLayout bar(Button... buttons) {
        HorizontalLayout bar = new HorizontalLayout(buttons);
        bar.setSpacing(false);
        bar.setPadding(false);
        bar.addClassName("dyad-row-actions");
        return bar;
    }

    /** Asks before an action that cannot simply be clicked back; Cancel (or Escape) changes nothing. */
    public static void confirm(String header, String text, String confirmText, String cancelText, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(cancelText);
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> action.run());
        confirm.open();
    }
}
