package app.dyad.sessions.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.CancelledBy;
import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Cancels a session, recording who called it off and why. */
class CancelDialog extends Dialog {

    final RadioButtonGroup<CancelledBy> by = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();

    CancelDialog(AppointmentService sessions, SessionSummary session, Runnable cancelled) {
        setHeaderTitle(
                getTranslation("session.cancel-title", SessionText.when(this, session.startsAt(), session.endsAt())));
        setWidth("min(30rem, 98vw)");
        by.setLabel(getTranslation("session.cancelled-by"));
        by.setItems(CancelledBy.values());
        by.setItemLabelGenerator(b -> getTranslation("session.cancelled-by." + b.name()));
        reason.setLabel(getTranslation("session.cancel-reason"));
        reason.setWidthFull();
        reason.setMaxLength(SessionSummary.CANCEL_REASON_MAX_LENGTH);
        VerticalLayout form = new VerticalLayout(by, reason);
        form.setPadding(false);
        add(form);
        Button confirm = new Button(getTranslation("session.cancel-confirm"), click -> {
            Map<String, HasValidation> fields = Map.of("cancelledBy", by, "reason", reason);
            FieldErrors.clear(fields.values());
            try {
                sessions.cancel(session.id(), session.version(), by.getValue(), reason.getValue());
                close();
                cancelled.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, fields);
            } catch (EditConflictException changedMeanwhile) {
                close();
                Notification.show(getTranslation("session.changed-meanwhile"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                cancelled.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("cancel-session-confirm");
        getFooter().add(new Button(getTranslation("session.keep"), click -> close()), confirm);
    }
}
