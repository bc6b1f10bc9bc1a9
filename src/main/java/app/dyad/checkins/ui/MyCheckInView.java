package app.dyad.checkins.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.Formats;
import app.dyad.checkins.MyCheckIn;
import app.dyad.checkins.MyCheckIns;
import app.dyad.exercises.Visibility;
import app.dyad.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A partner answers their check-in, phone first: who will see it, said plainly at the top; each answer saves itself
 * as it is given; handing it in needs every question answered, and then their progress opens.
 */
@Route("my/check-in")
@RolesAllowed(Role.CLIENT_NAME)
public class MyCheckInView extends VerticalLayout implements HasDynamicTitle {

    private final MyCheckIns myCheckIns;
    private final ClinicCalendar calendar;
    private final Span saveState = new Span();
    private final Paragraph problem = new Paragraph();
    private @Nullable CheckInForm form;
    private @Nullable LocalDate round;
    private long version;
    /** Who the page told the partner would see their answers: the service keeps them to that. */
    private Visibility shown = Visibility.COUNSELOR_ONLY;

    public MyCheckInView(MyCheckIns myCheckIns, ClinicCalendar calendar) {
        this.myCheckIns = myCheckIns;
        this.calendar = calendar;
        addClassNames("dyad-page", "dyad-my");
        saveState.addClassName("dyad-muted");
        saveState.setId("save-state");
        problem.addClassName("dyad-error-text");
        problem.setId("checkin-problem");
        problem.setVisible(false);
        add(new Anchor("my", getTranslation("my.exercise.back")), new H2(getTranslation("checkins.form.title")));
        Optional<MyCheckIn> open = myCheckIns.open();
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("checkins.form.nothing-open"));
            none.setId("checkin-none");
            add(none);
            return;
        }
        render(open.get());
    }

    private void render(MyCheckIn checkIn) {
        round = checkIn.roundOn();
        version = checkIn.version();
        shown = checkIn.visibility();
        Paragraph intro = new Paragraph(getTranslation("checkins.form.intro", checkIn.questionCount()));
        Paragraph who = new Paragraph(
                getTranslation("checkins.form.who." + checkIn.visibility().name()));
        who.addClassName("dyad-who-sees");
        who.setId("checkin-who-sees");
        form = new CheckInForm(checkIn.instruments(), checkIn.values(), this::saveDraft);
        Button submit = new Button(getTranslation("checkins.form.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-checkin");
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit.setEnabled(true));
        add(intro, who, form, problem, submit, saveState);
    }

    private void saveDraft(Map<Long, Integer> answers) {
        if (round == null) {
            return;
        }
        try {
            version = myCheckIns.saveDraft(round, answers, version, shown);
            problem.setVisible(false);
            saveState.setText(getTranslation("checkins.form.saved", Formats.dateTime(this, calendar.now())));
        } catch (EditConflictException e) {
            tell(getTranslation("checkins.form.conflict"));
        } catch (InvalidInputException e) {
            tell(getTranslation("checkins.round-closed"));
        }
    }

    private void submit() {
        if (form == null || round == null) {
            return;
        }
        if (!form.markUnanswered()) {
            tell(getTranslation("checkins.form.unanswered"));
            form.focusFirstUnanswered();
            return;
        }
        try {
            myCheckIns.submit(round, form.answers(), version, shown);
            getUI().ifPresent(MyProgressView::showHandedIn);
        } catch (EditConflictException e) {
            tell(getTranslation("checkins.form.conflict"));
        } catch (InvalidInputException e) {
            boolean roundClosed = e.fieldErrors().containsKey(MyCheckIns.ROUND_FIELD);
            tell(getTranslation(roundClosed ? "checkins.round-closed" : "checkins.form.unanswered"));
        }
    }

    private void tell(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkins.form.title");
    }
}
