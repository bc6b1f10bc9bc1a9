package app.dyad.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.ui.AccessDeniedView;
import app.dyad.base.ui.NotAvailableView;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.CoSignService;
import app.dyad.sessions.CoSignState;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionsClinic;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 15.3 without a browser: the supervisor's "To co-sign" list, co-signing and returning, and who is refused. */
@DyadSpringTest
class CoSignViewsTest extends SpringBrowserlessTest {

    @Autowired
    AppointmentService sessions;

    @Autowired
    NoteService notes;

    @Autowired
    CoSignService coSign;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClinicCalendar calendar;

    SessionsClinic clinic;
    SignedInUser supervisor;
    long heldYesterday;

    @BeforeEach
    void aSupervisedNote() {
        clinic = new SessionsClinic(accounts, admins, couples);
        supervisor = accounts.ensure("sup-" + clinic.tag + "@test.dyad", "Supervisor " + clinic.tag, Role.COUNSELOR);
        clinic.asAdmin();
        accountAdmin.setSupervision(supervisor.accountId(), true, null);
        accountAdmin.setSupervision(clinic.counselorOne.accountId(), false, supervisor.accountId());
        heldYesterday = clinic.sessionHeldYesterday(sessions, calendar);
        notes.sign(
                heldYesterday,
                new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "What happened"), -1),
                TestAccounts.PASSWORD);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private void asSupervisor() {
        accounts.signInAs(supervisor.email(), "", Role.COUNSELOR);
    }

    @Test
    void theSupervisorFindsTheNoteInTheListReadsItAndCoSignsItWithTheirPassword() {
        asSupervisor();
        navigate(CoSignListView.class);
        CoSignListView list = $(CoSignListView.class).single();
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getCellText(0, 2)).isEqualTo(clinic.counselorOne.displayName());
        assertThat(test(list.grid).getCellText(0, 4)).isEqualTo("Awaiting");

        test(list.grid).clickRow(0);
        CoSignNoteView page = $(CoSignNoteView.class).single();
        assertThat(text(page))
                .contains("What happened")
                .contains("Awaiting co-signature by " + supervisor.displayName());
        test($(Button.class).id("co-sign")).click();
        SignDialog dialog = $(SignDialog.class).single();
        test(dialog.password).setValue("wrong password");
        test($(Button.class).id("sign-confirm")).click();
        assertThat(dialog.password.isInvalid()).isTrue();
        test(dialog.password).setValue(TestAccounts.PASSWORD);
        test($(Button.class).id("sign-confirm")).click();

        assertThat(text($(CoSignNoteView.class).single()))
                .contains("Co-signed by " + supervisor.displayName())
                .contains("Matches its signature");
        assertThat($(Button.class).withId("co-sign").all()).isEmpty();
        navigate(CoSignListView.class);
        assertThat(test($(CoSignListView.class).single().grid).size()).isZero();

        clinic.asCounselorOne();
        navigate("sessions/" + heldYesterday + "/note", SessionNoteView.class);
        assertThat(text($(SignedNotePanel.class).single())).contains("Co-signed by " + supervisor.displayName());
    }

    @Test
    void aReturnNeedsACommentAndTheCounselorSeesIt() {
        asSupervisor();
        navigate("co-sign/" + heldYesterday, CoSignNoteView.class);
        test($(Button.class).id("co-sign-return")).click();
        ReturnDialog dialog = $(ReturnDialog.class).single();
        test($(Button.class).id("co-sign-return-confirm")).click();
        assertThat(dialog.comment.isInvalid()).isTrue();
        test(dialog.comment).setValue("Please add the risk assessment.");
        test($(Button.class).id("co-sign-return-confirm")).click();
        assertThat($(Button.class).withId("co-sign").all()).isEmpty();

        clinic.asCounselorOne();
        navigate("sessions/" + heldYesterday + "/note", SessionNoteView.class);
        assertThat(text($(SignedNotePanel.class).single()))
                .contains("Returned by " + supervisor.displayName())
                .contains("Please add the risk assessment.");
    }

    @Test
    void aSecondTabCoSigningANoteReturnedMeanwhileIsToldSoWithoutAnError() {
        asSupervisor();
        navigate("co-sign/" + heldYesterday, CoSignNoteView.class);
        long version = coSign.open(heldYesterday).note().coSignature().version();
        coSign.returnNote(heldYesterday, version, "Returned in the other tab");

        test($(Button.class).id("co-sign")).click();
        test($(SignDialog.class).single().password).setValue(TestAccounts.PASSWORD);
        test($(Button.class).id("sign-confirm")).click();

        assertThat($(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).contains("was returned"));
        assertThat(text($(CoSignNoteView.class).single())).contains("Returned in the other tab");
        assertThat(coSign.open(heldYesterday).note().coSignature().state()).isEqualTo(CoSignState.RETURNED);
    }

    @Test
    void anotherCounselorAndAnAdminCannotOpenTheNoteToCoSign() {
        clinic.asCounselorTwo();
        navigate("co-sign/" + heldYesterday, NotAvailableView.class);
        navigate(CoSignListView.class);
        assertThat(test($(CoSignListView.class).single().grid).size()).isZero();
        clinic.asAdmin();
        navigate("co-sign/" + heldYesterday, AccessDeniedView.class);
        clinic.asClient("ada");
        navigate("co-sign/" + heldYesterday, AccessDeniedView.class);
    }
}
