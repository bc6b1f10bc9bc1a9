package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.EveryRoute.Address;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.ui.AuditView;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.AdminCoupleRow;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.ui.AdminCouplesView;
import app.dyad.couples.ui.CoupleView;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.ui.ExerciseEditorView;
import app.dyad.exercises.ui.ExerciseView;
import app.dyad.exercises.ui.MyExerciseView;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.identity.ui.AdminUsersView;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin runs accounts and caseloads and never reads clinical text (issue 10, item 4). Every route of the
 * application is opened as an admin — the admin's own pages with their grids read row by row and a couple's
 * dialog opened, every other page with the real ids of a case full of clinical text — and nothing of that text
 * may be anywhere on any of them.
 */
@DyadSpringTest
class AdminSeesNoClinicalTextTest extends SpringBrowserlessTest {

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
        record.clinic.asAdmin();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void noPageAnAdminCanOpenShowsAnyClinicalText() {
        for (Address address : EveryRoute.addresses(parametersOfTheCase())) {
            UI.getCurrent().navigate(address.location());
            EveryRoute.assertAccess(address, getCurrentView(), Role.ADMIN_NAME);
            assertThat(PageText.ofUi())
                    .as("what an admin gets at /%s", address.location())
                    .doesNotContain(record.everyMarker());
        }
    }

    @Test
    void theAdminsOwnPagesShowTheCaseItsDialogAndItsAuditRowsButNoClinicalText() {
        String tag = record.clinic.tag;
        navigate(AdminCouplesView.class);
        test(find(TextField.class).id("couple-search")).setValue(tag);
        GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> couplesGrid = test(this.<AdminCoupleRow>grid("couples"));
        assertThat(couplesGrid.size()).as("the seeded couples").isEqualTo(2);
        String list = PageText.ofUi();
        assertThat(list).as("the admin's list names the partners").contains("Ada Family" + tag, "Bea Family" + tag);
        assertThat(list).doesNotContain(record.everyMarker());

        int adaAndBea = couplesGrid.getRow(0).id() == record.clinic.coupleOne ? 0 : 1;
        test(rowButton(couplesGrid, adaAndBea, "actions", "dyad-action-reassign"))
                .click();
        String reassign = PageText.ofUi();
        assertThat(reassign).as("the reassign dialog is open").contains("reassign-counselor");
        assertThat(reassign).doesNotContain(record.everyMarker());
        find(Dialog.class).all().forEach(Dialog::close);

        test(rowButton(couplesGrid, adaAndBea, "partners", "dyad-action-correct-partner"))
                .click();
        String correction = PageText.ofUi();
        assertThat(correction).as("the partner's details are open").contains("correct-save");
        assertThat(correction).doesNotContain(record.everyMarker());
        find(Dialog.class).all().forEach(Dialog::close);

        navigate(AuditView.class);
        find(IntegerField.class).id("audit-couple").setValue((int) record.clinic.coupleOne);
        assertThat(test(this.<AuditRecord>grid("audit")).size())
                .as("the case's audit rows")
                .isGreaterThan(20);
        String trail = PageText.ofUi();
        assertThat(trail).as("the trail names who read the case").contains(record.clinic.counselorOne.email());
        assertThat(trail).doesNotContain(record.everyMarker());

        navigate(AdminUsersView.class);
        test(find(TextField.class).id("user-search")).setValue(tag);
        String accountsPage = PageText.ofUi();
        assertThat(accountsPage).contains(record.clinic.emailOf("ada"), record.clinic.emailOf("bea"));
        assertThat(accountsPage).doesNotContain(record.everyMarker());
    }

    private static Button rowButton(
            GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> grid, int row, String column, String className) {
        return grid.getCellComponent(row, column)
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(button -> button.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return (Grid<T>) find(Grid.class).id(id);
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
