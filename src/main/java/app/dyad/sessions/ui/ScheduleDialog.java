package app.dyad.sessions.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.Formats;
import app.dyad.couples.CouplePartners;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionOverlap;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Schedules a session for a couple, or changes one still scheduled; warns (without refusing) when it overlaps another
 * of the counselor's sessions, naming a double booking of the same couple plainly.
 */
class ScheduleDialog extends Dialog {

    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final IntegerField duration = new IntegerField();
    final Select<SessionFormat> format = new Select<>();
    final TextField place = new TextField();
    final RadioButtonGroup<Long> attendees = new RadioButtonGroup<>();
    final Div overlapWarning = new Div();
    /** Only when scheduling: says the session already took place, so a past time is meant. */
    final Checkbox recordPast = new Checkbox();

    private final AppointmentService sessions;
    private final @Nullable SessionSummary existing;
    private final long coupleId;
    /** Drawn once per dialog: a second click sends the same command, which the service does not repeat. */
    private final UUID commandId = UUID.randomUUID();

    ScheduleDialog(
            AppointmentService sessions,
            CouplePartners couple,
            @Nullable SessionSummary existing,
            LocalDate day,
            Runnable saved) {
        this.sessions = sessions;
        this.existing = existing;
        this.coupleId = couple.coupleId();
        setHeaderTitle(getTranslation(
                existing == null ? "session.schedule-for" : "session.reschedule-for", couple.bothNames()));
        setWidth("min(34rem, 98vw)");

        date.setLabel(getTranslation("session.date"));
        start.setLabel(getTranslation("session.start"));
        start.setStep(Duration.ofMinutes(15));
        duration.setLabel(getTranslation("session.duration"));
        duration.setSuffixComponent(new Span(getTranslation("session.minutes")));
        duration.setStepButtonsVisible(true);
        duration.setStep(5);
        format.setLabel(getTranslation("session.format"));
        format.setItems(SessionFormat.values());
        format.setItemLabelGenerator(f -> SessionText.format(this, f));
        format.addValueChangeListener(e -> placeLabel());
        place.setWidthFull();
        place.setMaxLength(SessionPlan.PLACE_MAX_LENGTH);
        place.setId("session-place");
        date.setId("session-date");
        attendees.setLabel(getTranslation("session.attendees"));
        attendees.setItems(0L, couple.partnerOneId(), couple.partnerTwoId());
        attendees.setItemLabelGenerator(id -> id == 0L
                ? getTranslation("session.attendees.both")
                : getTranslation("session.attendees.only", couple.nameOf(id)));
        // a sentence, not a chip: it wraps inside the dialog on a phone as on a desktop
        overlapWarning.addClassNames("dyad-status", "dyad-status-error", "dyad-status-wrap");
        overlapWarning.setId("overlap-warning");
        overlapWarning.setVisible(false);

        if (existing == null) {
            date.setValue(day);
            start.setValue(LocalTime.of(10, 0));
            duration.setValue(50);
            format.setValue(SessionFormat.IN_PERSON);
            attendees.setValue(0L);
        } else {
            LocalDateTime from = LocalDateTime.ofInstant(existing.startsAt(), Formats.clinicZone());
            date.setValue(from.toLocalDate());
            start.setValue(from.toLocalTime());
            duration.setValue(existing.durationMinutes());
            format.setValue(existing.format());
            place.setValue(existing.place() == null ? "" : existing.place());
            attendees.setValue(existing.attendeePartnerId() == null ? 0L : existing.attendeePartnerId());
        }
        placeLabel();
        date.addValueChangeListener(e -> checkOverlap());
        start.addValueChangeListener(e -> checkOverlap());
        duration.addValueChangeListener(e -> checkOverlap());
        checkOverlap();

        recordPast.setLabel(getTranslation("session.record-past"));
        recordPast.setHelperText(getTranslation("session.record-past-help"));
        recordPast.setId("session-record-past");
        recordPast.setVisible(existing == null);

        FormLayout form = new FormLayout(date, start, duration, format, place, attendees, recordPast);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.setColspan(place, 2);
        form.setColspan(attendees, 2);
        form.setColspan(recordPast, 2);
        add(form, overlapWarning);

        Button save =
                new Button(getTranslation(existing == null ? "session.schedule" : "session.save-changes"), click -> {
                    Map<String, HasValidation> fields = Map.of(
                            "date",
                            date,
                            "start",
                            start,
                            "durationMinutes",
                            duration,
                            "format",
                            format,
                            "place",
                            place,
                            "attendeePartnerId",
                            attendees);
                    FieldErrors.clear(fields.values());
                    try {
                        if (existing == null && recordPast.getValue()) {
                            sessions.recordPastSession(couple.coupleId(), commandId, plan());
                        } else if (existing == null) {
                            sessions.schedule(couple.coupleId(), commandId, plan());
                        } else {
                            sessions.reschedule(existing.id(), existing.version(), plan());
                        }
                        close();
                        saved.run();
                    } catch (InvalidInputException invalid) {
                        FieldErrors.show(this, invalid, fields);
                        click.getSource().setEnabled(true); // disabled by the click; corrected and retried
                    } catch (EditConflictException changedMeanwhile) {
                        close();
                        Notification.show(
                                        getTranslation("session.changed-meanwhile"), 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                        saved.run();
                    }
                });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("schedule-save");
        save.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void placeLabel() {
        SessionFormat chosen = format.getValue() == null ? SessionFormat.IN_PERSON : format.getValue();
        place.setLabel(getTranslation("session.place." + chosen.name()));
        place.setPlaceholder(getTranslation("session.place-hint." + chosen.name()));
    }

    SessionPlan plan() {
        Long who = attendees.getValue();
        return new SessionPlan(
                date.getValue(),
                start.getValue(),
                duration.getValue(),
                format.getValue(),
                place.getValue(),
                who == null || who == 0L ? null : who);
    }

    /**
     * Says, while the counselor chooses the time, which of their sessions it would collide with: first, plainly, a
     * session this same couple already has then (a likely double booking), then other couples' sessions.
     */
    private void checkOverlap() {
        Map<Boolean, List<SessionOverlap>> sameCouple =
                sessions.overlaps(plan(), existing == null ? null : existing.id()).stream()
                        .collect(Collectors.partitioningBy(o -> o.coupleId() == coupleId));
        List<String> sentences = new ArrayList<>();
        sameCouple
                .get(true)
                .forEach(o -> sentences.add(getTranslation(
                        "session.overlap-same-couple",
                        o.caseName(),
                        SessionText.time(this, o.startsAt()) + "–" + SessionText.time(this, o.endsAt()),
                        Formats.date(this, LocalDate.ofInstant(o.startsAt(), Formats.clinicZone())))));
        if (!sameCouple.get(false).isEmpty()) {
            sentences.add(getTranslation(
                    "session.overlap",
                    sameCouple.get(false).stream()
                            .map(o -> o.caseName() + " " + SessionText.time(this, o.startsAt()) + "–"
                                    + SessionText.time(this, o.endsAt()))
                            .collect(Collectors.joining(", "))));
        }
        overlapWarning.setVisible(!sentences.isEmpty());
        overlapWarning.setText(String.join(" ", sentences));
    }
}
