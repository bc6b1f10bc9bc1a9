package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.Autosave;
import app.dyad.base.ui.Formats;
import app.dyad.exercises.ui.HomeworkActions;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The draft note: a template, its sections, {@link Autosave} and a save on leaving, and signing. A save refused
 * because the note changed elsewhere opens the {@link ConflictDialog}; nothing is lost: leaving within the app waits
 * until the counselor has chosen.
 */
class NoteEditor extends VerticalLayout implements BeforeLeaveObserver {

    final Select<NoteTemplate> template = new Select<>();
    final Map<String, TextArea> sections = new LinkedHashMap<>();
    final Span saveState = new Span();
    private final Div fields = new Div();
    private final NoteService notes;
    private final HomeworkActions homework;
    private final ClinicCalendar calendar;
    private final long sessionId;
    private final long coupleId;
    private final Function<String, String> sectionLabel;
    private final Consumer<WrittenNote> signed;
    private final Consumer<String> signedElsewhere;
    private long version;
    /** The texts as last saved or loaded here: what "keep both" compares both versions with. */
    private Map<String, String> base = Map.of();

    private boolean dirty;
    private boolean conflicted;
    private boolean refused;
    final Autosave autosave;
    private boolean leaving;
    private BeforeLeaveEvent.@Nullable ContinueNavigationAction afterConflict;

    NoteEditor(
            NoteService notes,
            HomeworkActions homework,
            ClinicCalendar calendar,
            long coupleId,
            WrittenNote note,
            boolean signable,
            Function<String, String> sectionLabel,
            Consumer<WrittenNote> signed,
            Consumer<String> signedElsewhere) {
        this.notes = notes;
        this.homework = homework;
        this.calendar = calendar;
        this.sessionId = note.sessionId();
        this.coupleId = coupleId;
        this.sectionLabel = sectionLabel;
        this.signed = signed;
        this.signedElsewhere = signedElsewhere;
        this.autosave = new Autosave(calendar, () -> save(false));
        autosave.watch(this);
        setPadding(false);
        addClassName("dyad-note-editor");
        template.setLabel(getTranslation("note.template"));
        template.setItems(NoteTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation("note.template." + t.name()));
        template.setId("note-template");
        saveState.addClassName("dyad-muted");
        saveState.setId("note-save-state");
        fields.setWidthFull();
        Button sign = new Button(getTranslation("note.sign"), VaadinIcon.SIGN_IN.create(), click -> openSign());
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setId("note-sign");
        sign.setEnabled(signable);
        if (!signable) {
            sign.setTooltipText(getTranslation("note.sign-after-start"));
        }
        Div footer = new Div(saveState, sign);
        footer.addClassName("dyad-note-footer");
        add(template, fields, footer);
        show(note);
        template.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                switchTemplate(change.getOldValue(), change.getValue());
            }
        });
    }

    private void show(WrittenNote note) {
        version = note.version();
        base = Map.copyOf(note.sections());
        template.setValue(note.template());
        fields.removeAll();
        sections.clear();
        note.sections().forEach((key, text) -> {
            TextArea area = new TextArea(sectionLabel.apply(key));
            area.setValue(text);
            area.setWidthFull();
            area.setMinHeight(key.startsWith("partner-") ? "5rem" : "8rem");
            area.setHelperText(
                    key.startsWith("partner-")
                            ? getTranslation("note.hint.partner")
                            : getTranslation("note.hint." + key));
            area.setMaxLength(WrittenNote.SECTION_MAX_LENGTH);
            autosave.follow(area);
            area.addValueChangeListener(e -> typed());
            area.setId("note-" + key);
            sections.put(key, area);
            fields.add(area);
            if (key.equals(NoteTemplate.PLAN) || (note.template() == NoteTemplate.FREE_FORM)) {
                fields.add(assignButton(area));
            }
        });
        saveState.setText(
                note.savedAt() == null
                        ? getTranslation("note.not-saved-yet")
                        : getTranslation("note.saved-at", Formats.time(this, note.savedAt())));
    }

    private void typed() {
        dirty = true;
        refused = false;
        getUI().ifPresent(autosave::typed);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        leaving = false;
        autosave.start(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leaving = true; // a conflict found now must not open its dialog over the next page
        try {
            save(false); // leaving the page keeps the last words typed
        } catch (RuntimeException sessionGone) {
            // signed out or timed out: the autosave a few seconds ago is the last draft
        }
        autosave.stop(event.getUI());
    }

    private Button assignButton(TextArea plan) {
        Button assign = new Button(
                getTranslation("note.assign-exercise"),
                VaadinIcon.PLUS.create(),
                click -> homework.openAssign(coupleId, line -> {
                    plan.setValue(
                            plan.getValue().isBlank() ? line : plan.getValue().stripTrailing() + "\n" + line);
                    typed();
                    save(true);
                }));
        assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        assign.setId("note-assign-exercise");
        return assign;
    }

    private void switchTemplate(NoteTemplate from, NoteTemplate to) {
        if (texts().values().stream().anyMatch(t -> !t.isBlank())) {
            template.setValue(from);
            Notification.show(getTranslation("note.template-locked"), 5000, Notification.Position.MIDDLE);
            return;
        }
        long keep = version;
        show(notes.emptyDraft(sessionId, to));
        version = keep;
        typed();
        save(false);
    }

    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((key, area) -> texts.put(key, area.getValue()));
        return texts;
    }

    /**
     * Saves if anything changed; {@code always} saves even an unchanged draft (used when the person asks). Answers
     * whether the server now holds the text shown here.
     */
    boolean save(boolean always) {
        if (conflicted) {
            return false;
        }
        if (!dirty && !always) {
            return !refused;
        }
        try {
            Map<String, String> texts = texts();
            WrittenNote saved = notes.saveDraft(sessionId, new NoteDraft(template.getValue(), texts, version));
            version = saved.version();
            base = Map.copyOf(texts);
            dirty = false;
            saveState.setText(getTranslation("note.saved-at", Formats.time(this, calendar.now())));
            return true;
        } catch (EditConflictException changedElsewhere) {
            showConflict();
        } catch (InvalidInputException refusal) {
            var first = refusal.fieldErrors().values().iterator().next();
            dirty = false; // no retry every few seconds; typing tries again
            refused = true;
            if (first.key().equals("note.signed")) {
                getUI().ifPresent(autosave::stop);
                signedElsewhere.accept(NoteTexts.asOneText(texts(), sectionLabel));
            } else {
                saveState.setText(getTranslation("note.refused-stopped", getTranslation(first.key(), first.args())));
            }
        } catch (AccessDeniedException noLongerYours) {
            // the couple was reassigned meanwhile: stop, and let the page show that it is not available
            dirty = false;
            getUI().ifPresent(ui -> {
                autosave.stop(ui);
                ui.getPage().reload();
            });
        }
        return false;
    }

    /** Leaving within the app saves first; if that finds the note changed elsewhere, leaving waits for the choice. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        save(false);
        if (conflicted && !leaving) {
            afterConflict = event.postpone();
        }
    }

    private void showConflict() {
        conflicted = true;
        if (leaving) {
            return; // the other tab's text is saved; this page's last seconds go with the page
        }
        saveState.setText(getTranslation("note.conflict.state"));
        new ConflictDialog(base, texts(), notes.open(sessionId), sectionLabel, this::resolve).open();
    }

    /** Takes the saved note (its template and version) with the texts chosen; a section it lacks goes into its first. */
    private void resolve(Map<String, String> texts, WrittenNote saved) {
        conflicted = false;
        show(saved);
        NoteTexts.fitInto(List.copyOf(sections.keySet()), texts, sectionLabel)
                .forEach((key, text) -> sections.get(key).setValue(text));
        typed();
        if (save(true)) {
            autosave.acknowledge();
        }
        var leave = afterConflict;
        afterConflict = null;
        if (leave != null && !conflicted) {
            leave.proceed();
        }
    }

    private void openSign() {
        save(false);
        if (conflicted) {
            return;
        }
        new SignDialog(getTranslation("note.sign.title"), getTranslation("note.sign.explanation"), password -> {
                    WrittenNote done;
                    try {
                        done = notes.sign(sessionId, new NoteDraft(template.getValue(), texts(), version), password);
                    } catch (EditConflictException changedElsewhere) {
                        showConflict();
                        throw InvalidInputException.of("note", "note.conflict.state");
                    }
                    dirty = false;
                    signed.accept(done);
                })
                .open();
    }
}
