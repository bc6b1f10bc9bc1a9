package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.GoalVisibility;
import app.dyad.couples.NewGoal;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.PromptKind;
import app.dyad.exercises.ResponseView;
import app.dyad.exercises.Visibility;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.ChangePassword;
import app.dyad.identity.EmailChangeService;
import app.dyad.identity.ForgottenPasswordService;
import app.dyad.identity.InvitationService;
import app.dyad.identity.MyAccountService;
import app.dyad.identity.NewAccount;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.Mailbox;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionsClinic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Issue 10 item 9: outside the demo, the application log carries no secret (invitation or reset link, password)
 * and no clinical text (goal, answer, note, addendum). Every such text below is a unique marker; the flows run
 * through the real services, failures included, and everything written to the console — where the log goes — is
 * searched for the markers.
 */
@DyadSpringTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest {

    /** Stands in for the error handler: whatever a flow throws is logged with its stack trace there. */
    private static final Logger errorLog = LoggerFactory.getLogger("app.dyad.base.ui.FriendlyErrorHandler");

    @Autowired
    Mailbox mailbox;

    @Autowired
    ForgottenPasswordService forgotten;

    @Autowired
    EmailChangeService emailChanges;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    InvitationService invitations;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    AppointmentService sessions;

    @Autowired
    NoteService notes;

    @Autowired
    ClinicCalendar calendar;

    private final List<String> markers = new ArrayList<>();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String marker(String what) {
        String marker = "MARKER-" + what + "-" + UUID.randomUUID();
        markers.add(marker);
        return marker;
    }

    private void logged(Throwable failure) {
        if (failure != null) {
            errorLog.error("Unexpected error, reference test", failure);
        }
    }

    @Test
    void noSecretAndNoClinicalTextReachesTheLog(CapturedOutput output) throws InterruptedException {
        String sanity = "log-capture-sanity-" + UUID.randomUUID();
        errorLog.info(sanity);
        assertThat(output.getAll()).as("the capture sees the application log").contains(sanity);

        SessionsClinic clinic = new SessionsClinic(accounts, admins, couples);

        // invitation link and its acceptance; a password reset link
        clinic.asAdmin();
        String invitedEmail = "invited-" + clinic.tag + "@test.dyad";
        accountAdmin.createAccount(new NewAccount("Invited", invitedEmail, Role.CLIENT));
        String invitation = mailbox.token(invitedEmail, "invitation");
        markers.add(invitation);
        String firstPassword = marker("first-password");
        TestAccounts.signOut();
        invitations.acceptInvitation(invitation, firstPassword, firstPassword);
        logged(catchThrowable(() -> invitations.acceptInvitation(invitation, firstPassword, firstPassword)));
        clinic.asAdmin();
        long invitedId =
                accountAdmin.findAccountByEmail(invitedEmail).orElseThrow().id();
        accountAdmin.resetPassword(invitedId);
        String adminsReset = mailbox.token(invitedEmail, "invitation");
        markers.add(adminsReset);
        TestAccounts.signOut();

        // a reset asked for on "forgot your password?" (mailed from another thread); a change of sign-in email
        forgotten.requestReset(invitedEmail);
        markers.add(nextToken(invitedEmail, "invitation", adminsReset));
        accounts.signInAs("mover-" + clinic.tag + "@test.dyad", "Mover", Role.CLIENT);
        String movedTo = "moved-" + clinic.tag + "@test.dyad";
        myAccount.requestEmailChange(movedTo, myAccount.confirmOwnPassword(TestAccounts.PASSWORD, "password"));
        String emailChange = mailbox.token(movedTo, "email-change");
        markers.add(emailChange);
        TestAccounts.signOut();
        emailChanges.confirmEmailChange(emailChange);
        logged(catchThrowable(() -> emailChanges.confirmEmailChange(emailChange)));

        // sign-in with a wrong password and with a password typed as the name; a password change and a failed one
        String wrongPassword = marker("wrong-password");
        logged(catchThrowable(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(clinic.emailOf("ada"), wrongPassword))));
        String passwordAsName = marker("typed-as-name");
        logged(catchThrowable(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(passwordAsName, TestAccounts.PASSWORD))));
        clinic.asClient("bea");
        String newPassword = marker("new-password");
        myAccount.changePassword(new ChangePassword(TestAccounts.PASSWORD, newPassword, newPassword));
        String notCurrent = marker("not-current");
        String rejected = marker("rejected-new");
        logged(catchThrowable(() -> myAccount.changePassword(new ChangePassword(notCurrent, rejected, rejected))));
        logged(catchThrowable(() -> myAccount.changePassword(new ChangePassword(newPassword, "short", "short"))));

        // a goal, and one too long
        clinic.asCounselorOne();
        couples.addGoal(clinic.coupleOne, new NewGoal(null, marker("goal"), GoalVisibility.SHARED));
        logged(catchThrowable(() -> couples.addGoal(
                clinic.coupleOne,
                new NewGoal(
                        null,
                        marker("long-goal") + "x".repeat(NewGoal.DESCRIPTION_MAX_LENGTH),
                        GoalVisibility.SHARED))));

        // homework answers: shared and private, submitted, too long, and an edit conflict
        long exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id -> library.get(id).orElseThrow().prompts().stream()
                        .anyMatch(prompt -> prompt.kind() == PromptKind.TEXT))
                .findFirst()
                .orElseThrow();
        long question = library.get(exerciseId).orElseThrow().prompts().stream()
                .filter(prompt -> prompt.kind() == PromptKind.TEXT)
                .findFirst()
                .orElseThrow()
                .id();
        long shared = assign(clinic, exerciseId, Visibility.SHARED);
        long counselorOnly = assign(clinic, exerciseId, Visibility.COUNSELOR_ONLY);
        clinic.asClient("ada");
        ResponseView draft =
                myHomework.saveDraft(shared, Map.of(question, marker("shared-answer")), MyHomework.NO_ANSWER_YET);
        logged(catchThrowable(() -> myHomework.saveDraft(
                shared, Map.of(question, marker("conflicting-answer")), MyHomework.NO_ANSWER_YET)));
        myHomework.submit(shared, Map.of(question, marker("submitted-answer")), draft.version());
        logged(catchThrowable(() -> myHomework.saveDraft(
                counselorOnly,
                Map.of(question, marker("too-long-answer") + "x".repeat(ResponseView.ANSWER_MAX_LENGTH)),
                MyHomework.NO_ANSWER_YET)));
        myHomework.submit(counselorOnly, Map.of(question, marker("private-answer")), MyHomework.NO_ANSWER_YET);
        clinic.asCounselorOne();
        homework.giveFeedback(counselorOnly, clinic.ada, marker("feedback"));

        // a session note: draft, conflict, signature, addendum, an addendum with a wrong password
        long session = clinic.sessionHeldYesterday(sessions, calendar);
        var saved = notes.saveDraft(session, new NoteDraft(NoteTemplate.COUPLES_DAP, dap(clinic, marker("note")), -1));
        logged(catchThrowable(() -> notes.saveDraft(
                session, new NoteDraft(NoteTemplate.COUPLES_DAP, dap(clinic, marker("stale-note")), -1))));
        notes.sign(
                session,
                new NoteDraft(NoteTemplate.COUPLES_DAP, dap(clinic, marker("signed-note")), saved.version()),
                TestAccounts.PASSWORD);
        notes.addAddendum(session, UUID.randomUUID(), marker("addendum"), TestAccounts.PASSWORD);
        String wrongSigningPassword = marker("signing-password");
        logged(catchThrowable(
                () -> notes.addAddendum(session, UUID.randomUUID(), marker("refused-addendum"), wrongSigningPassword)));

        String log = output.getAll();
        assertThat(markers)
                .as("markers found in the log")
                .filteredOn(log::contains)
                .isEmpty();
    }

    private long assign(SessionsClinic clinic, long exerciseId, Visibility visibility) {
        clinic.asCounselorOne();
        return homework.assign(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId,
                                Audience.BOTH_SEPARATELY,
                                null,
                                LocalDate.of(2026, 12, 24),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                visibility))
                .getFirst();
    }

    private Map<String, String> dap(SessionsClinic clinic, String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", text);
        sections.put(NoteTemplate.partnerSection(clinic.ada), text);
        sections.put(NoteTemplate.partnerSection(clinic.bea), text);
        sections.put("assessment", text);
        sections.put("plan", text);
        return sections;
    }

    /** The first token of a link to {@code path} that reached the address after {@code previous} (mailed later). */
    private String nextToken(String address, String path, String previous) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String latest = mailbox.token(address, path);
            if (!latest.equals(previous)) {
                return latest;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no new " + path + " link reached " + address);
    }
}
