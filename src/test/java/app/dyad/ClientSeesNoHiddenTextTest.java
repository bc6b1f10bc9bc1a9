package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.EveryRoute.Address;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.ui.CoupleView;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.ui.ExerciseEditorView;
import app.dyad.exercises.ui.ExerciseView;
import app.dyad.exercises.ui.MyExerciseView;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.identity.ui.EmailChangeView;
import app.dyad.identity.ui.InvitationView;
import app.dyad.mail.ui.UnsubscribeView;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.SessionsClinic;
import app.dyad.sessions.ui.CoSignNoteView;
import app.dyad.sessions.ui.SessionNoteView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Partner privacy, the product's core promise, checked on the pages themselves (issue 10, item 4): Ada opens
 * every route of the application, each exercise page of her couple and the pages of its sessions, and nothing Bea
 * has not shared with her (a counselor-only or not-yet-revealed answer, a draft, Bea's own assignment and session,
 * feedback to Bea, Bea's private goal) and nothing meant for the counselor alone (notes, addenda, concerns, the
 * confidentiality note, a cancellation reason) is anywhere on them. What Ada may read must be there, so an empty
 * page cannot pass.
 */
@DyadSpringTest
class ClientSeesNoHiddenTextTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    AppointmentService appointments;

    @Autowired
    NoteService notes;

    @Autowired
    ClinicCalendar calendar;

    ClinicalRecord record;

    @BeforeEach
    void aCaseFullOfClinicalText() {
        record = new ClinicalRecord(
                new SessionsClinic(accounts, admins, couples),
                couples,
                homework,
                myHomework,
                library,
                appointments,
                notes,
                calendar);
        record.clinic.asClient("ada");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void adaSeesWhatIsHersOrSharedWithHerAndNothingElseOnAnyPage() {
        StringBuilder everything = new StringBuilder();
        for (Address address : EveryRoute.addresses(parametersOfTheCase())) {
            UI.getCurrent().navigate(address.location());
            EveryRoute.assertAccess(address, getCurrentView(), Role.CLIENT_NAME);
            String page = PageText.ofUi();
            assertThat(page).as("what Ada gets at /%s", address.location()).doesNotContain(record.hiddenFromAda);
            everything.append(page);
        }
        assertThat(everything).as("what Ada may read is shown").contains(record.shownToAda);
    }

    private Map<Class<? extends Component>, List<?>> parametersOfTheCase() {
        return Map.of(
                CoupleView.class, List.of(record.clinic.coupleOne),
                SessionNoteView.class, record.sessions,
                CoSignNoteView.class, record.sessions,
                MyExerciseView.class, record.assignments,
                ExerciseView.class, List.of(record.exerciseId),
                ExerciseEditorView.class, List.of(record.exerciseId),
                InvitationView.class, List.of("no-such-invitation"),
                EmailChangeView.class, List.of("no-such-change"),
                UnsubscribeView.class, List.of("no-such-token"));
    }
}
