package app.dyad.exercises.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.Autosave;
import app.dyad.base.ui.Formats;
import app.dyad.exercises.Audience;
import app.dyad.exercises.MyExercise;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.ResponseState;
import app.dyad.exercises.ResponseView;
import app.dyad.exercises.Visibility;
import app.dyad.identity.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A partner does one exercise: instructions, who will see the answer (said plainly above the form), a form
 * whose draft saves itself every few seconds and on leaving, submit, and then what the rules let them see.
 */
@Route("my/exercises")
@RolesAllowed(Role.CLIENT_NAME)
public class MyExerciseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MyHomework myHomework;
    private final ClinicCalendar calendar;
    private long assignmentId;
    private long responseVersion;
    private boolean dirty;
    /** The last save was refused (a conflict, an answer that does not fit): the server lacks what is shown. */
    private boolean notSaved;

    private @Nullable ResponseForm form;
    private final Autosave autosave;
    private final Span saveState = new Span();
    private final FlexLayout answers = new FlexLayout();
    private String title = "";

    public MyExerciseView(MyHomework myHomework, ClinicCalendar calendar) {
        this.myHomework = myHomework;
        this.calendar = calendar;
        this.autosave = new Autosave(calendar, () -> saveDraft(false));
        addClassNames("dyad-page", "dyad-my");
        saveState.addClassName("dyad-muted");
        saveState.setId("save-state");
        answers.addClassName("dyad-columns");
        answers.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.assignmentId = id;
        render(myHomework.exercise(id));
    }

    private void render(MyExercise page) {
        removeAll();
        answers.removeAll();
        form = null;
        dirty = false;
        var item = page.homework();
        title = page.exercise().summary().title();
        add(new Anchor("my", getTranslation("my.exercise.back")), new H2(title));

        boolean mineSubmitted =
                page.myResponse().map(r -> r.state() == ResponseState.SUBMITTED).orElse(false);
        ExerciseBrief.addTo(this, page, mineSubmitted, calendar.today());

        if (item.cancelled()) {
            add(new Paragraph(getTranslation("my.exercise.cancelled")));
            return;
        }
        ResponseForm mine = new ResponseForm(page.exercise().prompts(), mineSubmitted);
        page.myResponse().ifPresent(r -> {
            mine.setValues(r.answers());
            responseVersion = r.version();
        });
        if (page.myResponse().isEmpty()) {
            responseVersion = MyHomework.NO_ANSWER_YET;
        }
        if (mineSubmitted) {
            answers.removeAll();
            answers.add(AnswerBlocks.answer(
                    getTranslation("my.exercise.your-answer"),
                    mine,
                    page.myResponse().orElseThrow()));
            add(answers);
        } else {
            page.myResponse().filter(ResponseView::isReturned).ifPresent(returned -> {
                // the counselor's reason, right above the answer it is about
                Paragraph why = new Paragraph(getTranslation("my.exercise.returned", returned.returnedReason()));
                why.addClassName("dyad-card-wide");
                why.setId("returned-reason");
                add(why);
            });
            form = mine;
            mine.followedBy(autosave);
            mine.onChange(() -> {
                dirty = true;
                notSaved = false;
                getUI().ifPresent(autosave::typed);
                saveState.setText(getTranslation("my.exercise.unsaved"));
            });
            Button save = new Button(getTranslation("my.exercise.save"), click -> saveDraft(true));
            save.setId("save-draft");
            Button submit = new Button(getTranslation("my.exercise.submit"), click -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("submit-answer");
            FlexLayout actions = new FlexLayout(submit, save, saveState);
            actions.addClassName("dyad-actions");
            VerticalLayout box = new VerticalLayout(mine, actions);
            box.addClassName("dyad-section");
            box.setId("my-answer");
            autosave.watch(box);
            add(box);
        }
        partnerPart(page, mineSubmitted);
        AnswerBlocks.feedback(page.homework().feedback()).ifPresent(this::add);
    }

    private void partnerPart(MyExercise page, boolean mineSubmitted) {
        var item = page.homework();
        if (item.audience() != Audience.BOTH_SEPARATELY || item.visibility() == Visibility.COUNSELOR_ONLY) {
            return;
        }
        page.partnersResponse()
                .filter(r -> r.state() == ResponseState.SUBMITTED)
                .ifPresentOrElse(
                        partner -> {
                            if (mineSubmitted) {
                                // both handed in: read them together, question by question
                                answers.removeAll();
                                answers.add(BothAnswers.of(
                                        this,
                                        page.exercise().prompts(),
                                        page.myResponse().orElseThrow(),
                                        partner));
                                return;
                            }
                            ResponseForm theirs =
                                    new ResponseForm(page.exercise().prompts(), true);
                            theirs.setValues(partner.answers());
                            // side by side with one's own answer where there is room (stacked on a phone)
                            answers.add(AnswerBlocks.answer(
                                    getTranslation("my.exercise.partners-answer"), theirs, partner));
                            if (answers.getParent().isEmpty()) {
                                add(answers);
                            }
                        },
                        () -> {
                            if (mineSubmitted && item.visibility() == Visibility.REVEAL_TOGETHER) {
                                Paragraph waiting = new Paragraph(getTranslation("my.exercise.waiting"));
                                waiting.setId("waiting-for-partner");
                                waiting.addClassName("dyad-card-wide");
                                // right under "who will see this", where the person looks first
                                getChildren()
                                        .filter(c -> c.getId()
                                                .filter("who-sees"::equals)
                                                .isPresent())
                                        .findFirst()
                                        .ifPresentOrElse(
                                                who -> addComponentAtIndex(indexOf(who) + 1, waiting),
                                                () -> add(waiting));
                            }
                        });
    }

    /** Saves if anything changed (or the person asked); answers whether the server holds what is shown. */
    private boolean saveDraft(boolean tellPerson) {
        ResponseForm current = form;
        if (current == null) {
            return true;
        }
        if (!dirty && !tellPerson) {
            return !notSaved;
        }
        try {
            ResponseView saved = myHomework.saveDraft(assignmentId, current.values(), responseVersion);
            responseVersion = saved.version();
            dirty = false;
            notSaved = false;
            saveState.setText(getTranslation("my.exercise.saved-at", Formats.time(this, calendar.now())));
            if (tellPerson) {
                autosave.acknowledge();
            }
            return true;
        } catch (EditConflictException conflict) {
            // the other partner saved the joint answer meanwhile: keep this text on screen, say so, save nothing
            dirty = false;
            notSaved = true;
            saveState.setText(getTranslation("my.exercise.conflict"));
            Notification.show(getTranslation("my.exercise.conflict"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (InvalidInputException refused) {
            notSaved = true;
            saveState.setText(messageOf(refused));
        }
        return false;
    }

    /** What the service said was wrong (already submitted, an answer that does not fit its question). */
    private String messageOf(InvalidInputException refused) {
        return refused.fieldErrors().values().stream()
                .findFirst()
                .map(message -> getTranslation(message.key(), message.args()))
                .orElseGet(() -> getTranslation("homework.already-submitted"));
    }

    private void submit() {
        ResponseForm current = form;
        if (current == null) {
            return;
        }
        try {
            myHomework.submit(assignmentId, current.values(), responseVersion);
            render(myHomework.exercise(assignmentId));
            Notification.show(getTranslation("my.exercise.submitted"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EditConflictException conflict) {
            Notification.show(getTranslation("my.exercise.conflict"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (InvalidInputException refused) {
            // nothing was saved: the text stays on screen with what to change, said next to the buttons too
            saveState.setText(messageOf(refused));
            Notification.show(messageOf(refused), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        autosave.start(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        try {
            saveDraft(false); // leaving the page keeps the last words typed
        } catch (RuntimeException sessionGone) {
            // signed out or timed out: the autosave a few seconds ago is the last draft
        }
        autosave.stop(event.getUI());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public String toString() {
        return "MyExerciseView";
    }
}
