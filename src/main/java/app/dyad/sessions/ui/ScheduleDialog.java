package app.dyad.sessions.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.Formats;
import app.dyad.base.ui.Tell;
import app.dyad.couples.CaseloadFilter;
import app.dyad.couples.CaseloadRow;
import app.dyad.couples.CouplePartners;
import app.dyad.couples.CoupleStatus;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.Recurrence;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionOverlap;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionSeries;
import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

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
    /** Only when scheduling from the calendar: which couple of the counselor's caseload. */
    final ComboBox<CaseloadRow> couple = new ComboBox<>();
    /** Only when scheduling: empty for one session, or every week or two. */
    final Select<Recurrence.Every> repeat = new Select<>();

    final RadioButtonGroup<Boolean> endsOnDate = new RadioButtonGroup<>();
    final IntegerField times = new IntegerField();
    final DatePicker until = new DatePicker();

    private final AppointmentService sessions;
    private final SessionSeries series;
    private final @Nullable SessionSummary existing;
    private long coupleId;
    /** Drawn once per dialog: a second click sends the same command, which the service does not repeat. */
    private final UUID commandId = UUID.randomUUID();

    /**
     * A dialog for the couple's new session (existing null) or to change one; with no couple (from an empty slot of the
     * calendar) the counselor first chooses one of their caseload. A new session starts on {@code day} at
     * {@code time}.
     */
    ScheduleDialog(
            Scheduling scheduling,
            @Nullable CouplePartners partners,
            @Nullable SessionSummary existing,
            LocalDate day,
            LocalTime time,
            Runnable saved) {
        this.sessions = scheduling.sessions();
        this.series = scheduling.series();
        this.existing = existing;
        this.coupleId = partners == null ? 0 : partners.coupleId();
        setHeaderTitle(
                partners == null
                        ? getTranslation("session.schedule-new")
                        : getTranslation(
                                existing == null ? "session.schedule-for" : "session.reschedule-for",
                                partners.bothNames()));
        setWidth("min(34rem, 98vw)");
        couple.setLabel(getTranslation("session.couple"));
        couple.setId("session-couple");
        couple.setRequiredIndicatorVisible(true);
        couple.setItemLabelGenerator(CaseloadRow::caseName);
        couple.setItems(
                query -> scheduling
                        .couples()
                        .findCaseload(
                                new CaseloadFilter(query.getFilter().orElse(""), CoupleStatus.ACTIVE),
                                PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream(),
                query -> (int) scheduling
                        .couples()
                        .countCaseload(new CaseloadFilter(query.getFilter().orElse(""), CoupleStatus.ACTIVE)));
        couple.setVisible(partners == null);
        couple.setWidthFull();
        couple.addValueChangeListener(chosen -> {
            couple.setInvalid(false);
            if (chosen.getValue() != null) {
                choose(sessions.partnersOf(chosen.getValue().id()));
            }
        });

        date.setLabel(getTranslation("session.date"));
        start.setLabel(getTranslation("session.start"));
        start.setStep(Duration.ofMinutes(15));
        start.setId("session-start");
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
        attendees.setItems(0L);
        attendees.setItemLabelGenerator(id -> getTranslation("session.attendees.both"));
        if (partners != null) {
            choose(partners);
        }
        // a sentence, not a chip: it wraps inside the dialog on a phone as on a desktop
        overlapWarning.addClassNames("dyad-status", "dyad-status-error", "dyad-status-wrap");
        overlapWarning.setId("overlap-warning");
        overlapWarning.setVisible(false);

        if (existing == null) {
            date.setValue(day);
            start.setValue(time);
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
        // a past slot of the calendar is clicked to record a session that took place
        recordPast.setValue(partners == null
                && scheduling
                        .calendar()
                        .at(day, time)
                        .isBefore(scheduling.calendar().now()));
        recordPast.addValueChangeListener(e -> repeatFields());
        repeatSetup();

        FormLayout form = new FormLayout(
                couple, date, start, duration, format, place, attendees, recordPast, repeat, endsOnDate, times, until);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.setColspan(couple, 2);
        form.setColspan(place, 2);
        form.setColspan(attendees, 2);
        form.setColspan(recordPast, 2);
        form.setColspan(endsOnDate, 2);
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
                            attendees,
                            "times",
                            times,
                            "until",
                            until);
                    FieldErrors.clear(fields.values());
                    if (coupleId == 0) {
                        couple.setErrorMessage(getTranslation("validation.required"));
                        couple.setInvalid(true);
                        click.getSource().setEnabled(true);
                        return;
                    }
                    try {
                        Recurrence recurrence = recurrence();
                        if (existing == null && recordPast.getValue()) {
                            sessions.recordPastSession(coupleId, commandId, plan());
                            confirm("session.recorded", Formats.dateTime(this, startOfPlan()));
                        } else if (existing == null && recurrence != null) {
                            List<Long> ids = series.schedule(coupleId, commandId, plan(), recurrence);
                            LocalDate first = Objects.requireNonNull(date.getValue());
                            confirm(
                                    "session.series-scheduled",
                                    ids.size(),
                                    Formats.date(this, first),
                                    Formats.date(
                                            this,
                                            first.plusWeeks((long) (ids.size() - 1)
                                                    * recurrence.every().weeks())));
                        } else if (existing == null) {
                            sessions.schedule(coupleId, commandId, plan());
                            confirm("session.scheduled", Formats.dateTime(this, startOfPlan()));
                        } else {
                            sessions.reschedule(existing.id(), existing.version(), plan());
                            confirmMoved(this, startOfPlan(), List.of());
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

    /** The attendee choice for the chosen couple. */
    private void choose(CouplePartners partners) {
        coupleId = partners.coupleId();
        Long chosen = attendees.getValue();
        attendees.setItems(0L, partners.partnerOneId(), partners.partnerTwoId());
        attendees.setItemLabelGenerator(id -> id == 0L
                ? getTranslation("session.attendees.both")
                : getTranslation("session.attendees.only", partners.nameOf(id)));
        attendees.setValue(
                chosen != null && (chosen == partners.partnerOneId() || chosen == partners.partnerTwoId())
                        ? chosen
                        : 0L);
        if (existing == null) {
            setHeaderTitle(getTranslation("session.schedule-for", partners.bothNames()));
        }
        checkOverlap();
    }

    private void repeatSetup() {
        repeat.setLabel(getTranslation("session.repeat"));
        repeat.setId("session-repeat");
        repeat.setItems(Recurrence.Every.values());
        repeat.setEmptySelectionAllowed(true);
        repeat.setEmptySelectionCaption(getTranslation("session.repeat-none"));
        repeat.setItemLabelGenerator(every -> every == null
                ? getTranslation("session.repeat-none")
                : getTranslation("session.repeat." + every.name()));
        endsOnDate.setLabel(getTranslation("session.repeat-ends"));
        endsOnDate.setItems(false, true);
        endsOnDate.setItemLabelGenerator(
                onDate -> getTranslation(onDate ? "session.repeat-ends.until" : "session.repeat-ends.times"));
        endsOnDate.setValue(false);
        times.setLabel(getTranslation("session.repeat-times"));
        times.setId("session-repeat-times");
        times.setMin(2);
        times.setMax(Recurrence.MAX_OCCURRENCES);
        times.setStepButtonsVisible(true);
        times.setValue(6);
        times.setHelperText(getTranslation("session.repeat-times-range", Recurrence.MAX_OCCURRENCES));
        until.setLabel(getTranslation("session.repeat-until"));
        until.setId("session-repeat-until");
        until.setHelperText(getTranslation("session.repeat-until-help", Recurrence.MAX_OCCURRENCES));
        repeat.addValueChangeListener(e -> repeatFields());
        endsOnDate.addValueChangeListener(e -> repeatFields());
        times.addValueChangeListener(e -> checkOverlap());
        until.addValueChangeListener(e -> checkOverlap());
        repeatFields();
    }

    private void repeatFields() {
        boolean canRepeat = existing == null && !recordPast.getValue();
        repeat.setVisible(canRepeat);
        boolean repeats = canRepeat && repeat.getValue() != null;
        endsOnDate.setVisible(repeats);
        times.setVisible(repeats && !Boolean.TRUE.equals(endsOnDate.getValue()));
        until.setVisible(repeats && Boolean.TRUE.equals(endsOnDate.getValue()));
        if (until.isVisible() && until.getValue() == null && date.getValue() != null) {
            until.setValue(date.getValue().plusWeeks(12));
        }
        checkOverlap();
    }

    /** The chosen repetition, or null for one session. */
    private @Nullable Recurrence recurrence() {
        if (!repeat.isVisible() || repeat.getValue() == null) {
            return null;
        }
        return Boolean.TRUE.equals(endsOnDate.getValue())
                ? new Recurrence(repeat.getValue(), null, until.getValue())
                : new Recurrence(repeat.getValue(), times.getValue(), null);
    }

    private Instant startOfPlan() {
        return Objects.requireNonNull(date.getValue())
                .atTime(Objects.requireNonNull(start.getValue()))
                .atZone(Formats.clinicZone())
                .toInstant();
    }

    private void confirm(String key, Object... args) {
        Tell.done(getTranslation(key, args));
    }

    /** Says the session now starts at its new time, and what it now overlaps, if anything. */
    static void confirmMoved(Component c, Instant startsAt, List<SessionOverlap> overlaps) {
        String text = c.getTranslation("session.moved", Formats.dateTime(c, startsAt));
        if (!overlaps.isEmpty()) {
            text += " "
                    + c.getTranslation(
                            "session.overlap",
                            overlaps.stream().map(SessionOverlap::caseName).collect(Collectors.joining(", ")));
        }
        Tell.done(text);
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
        Recurrence recurrence = recurrence();
        List<SessionOverlap> overlaps = recurrence == null
                ? sessions.overlaps(plan(), existing == null ? null : existing.id())
                : series.overlaps(plan(), recurrence);
        Map<Boolean, List<SessionOverlap>> sameCouple =
                overlaps.stream().collect(Collectors.partitioningBy(o -> o.coupleId() == coupleId));
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
