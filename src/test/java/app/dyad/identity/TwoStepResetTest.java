package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.base.InvalidInputException;
import app.dyad.mail.Mailbox;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;

/**
 * Issue 13, a lost phone: only an admin resets someone's two-step sign-in, with a reason that is audited; the person
 * is signed out everywhere and told by mail. A password reset, by the admin or by mail, never removes the second step.
 */
@DyadSpringTest
class TwoStepResetTest {

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    TwoStepService twoStep;

    @Autowired
    ForgottenPasswordService forgotten;

    @Autowired
    ResetMailer resetMailer;

    @Autowired
    InvitationService invitations;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    ActiveSessions activeSessions;

    @Autowired
    UserAccountRepository accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anAdminsResetRemovesTheSecondStepEndsTheSessionsMailsThePersonAndIsAudited() {
        SignedInUser person = withTwoStep("lost-phone", Role.COUNSELOR);
        MockHttpSession session = openSessionOf(person);
        String passwordBefore = passwordHashOf(person);
        SignedInUser admin = asAdmin();
        assertThat(accountAdmin.withTwoStep(List.of(person.accountId()))).containsExactly(person.accountId());

        accountAdmin.resetTwoStep(person.accountId(), "  Lost phone  ");

        assertThat(accountAdmin.withTwoStep(List.of(person.accountId()))).isEmpty();
        assertThat(session.isInvalid()).as("their open session ended").isTrue();
        assertThat(passwordHashOf(person)).as("their password stays").isEqualTo(passwordBefore);
        assertThat(resetRowsAbout(person)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("actor_email", admin.email());
            assertThat(row).containsEntry("outcome", "SUCCESS");
            assertThat(row).containsEntry("detail", person.email() + ": reason: Lost phone");
        });
        assertThat(mailKindsTo(person)).contains("two-step-reset");
        assertThat(mailbox.deliveredTo(person.email()))
                .extracting(message -> message.getSubject())
                .contains("Dyad: your two-step sign-in was reset");
        assertThat(statusAsThePerson(person).isOn()).isFalse();
    }

    @Test
    void anAdminCannotResetTheirOwnSecondStep() {
        SignedInUser admin = withTwoStep("own-admin", Role.ADMIN);
        testAccounts.signInAs(admin.email(), admin.displayName(), Role.ADMIN);

        // a stolen admin session must not be able to remove the admin's own second step and set up its own
        assertThatThrownBy(() -> accountAdmin.resetTwoStep(admin.accountId(), "Lost phone"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(
                                        refused.fieldErrors().get("account").key())
                                .isEqualTo("users.two-step.not-yourself"));

        assertUnchanged(admin);
    }

    @Test
    void theLongestReasonAllowedReachesTheAuditTrailWhole() {
        SignedInUser person = withTwoStep("long-reason", Role.COUNSELOR);
        asAdmin();
        String reason = "Lost phone; ".repeat(100).substring(0, AccountAdminService.RESET_REASON_MAX_LENGTH - 1) + "!";

        accountAdmin.resetTwoStep(person.accountId(), reason);

        assertThat(resetRowsAbout(person))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("detail", person.email() + ": reason: " + reason));
    }

    @Test
    void aBlankReasonIsRefusedNextToTheFieldAndNothingChanges() {
        SignedInUser person = withTwoStep("blank", Role.COUNSELOR);
        asAdmin();

        assertThatThrownBy(() -> accountAdmin.resetTwoStep(person.accountId(), "   "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(
                                        refused.fieldErrors().get("reason").key())
                                .isEqualTo("validation.required"));

        assertUnchanged(person);
    }

    @Test
    void aReasonLongerThanTheLimitIsRefusedAndOneAtTheLimitIsTaken() {
        SignedInUser person = withTwoStep("long", Role.ADMIN);
        asAdmin();

        assertThatThrownBy(() -> accountAdmin.resetTwoStep(
                        person.accountId(), "x".repeat(AccountAdminService.RESET_REASON_MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(
                                        refused.fieldErrors().get("reason").key())
                                .isEqualTo(InvalidInputException.TOO_LONG));
        assertUnchanged(person);

        asAdmin();
        accountAdmin.resetTwoStep(person.accountId(), "y".repeat(AccountAdminService.RESET_REASON_MAX_LENGTH));
        assertThat(accountAdmin.withTwoStep(List.of(person.accountId()))).isEmpty();
        assertThat(resetRowsAbout(person)).hasSize(1);
    }

    @Test
    void aCounselorCannotResetSomeonesSecondStep() {
        SignedInUser person = withTwoStep("by-counselor", Role.COUNSELOR);
        testAccounts.signInAs("counselor@test.dyad", "Test counselor", Role.COUNSELOR);

        // a valid reason: only the role rule can refuse it
        assertThatThrownBy(() -> accountAdmin.resetTwoStep(person.accountId(), "Lost phone"))
                .isInstanceOf(AccessDeniedException.class);

        assertUnchanged(person);
    }

    @Test
    void aClientCannotResetTheirPartnersOrTheirOwnSecondStep() {
        SignedInUser person = withTwoStep("by-client", Role.CLIENT);
        testAccounts.signInAs("client@test.dyad", "Test client", Role.CLIENT);
        assertThatThrownBy(() -> accountAdmin.resetTwoStep(person.accountId(), "Lost phone"))
                .isInstanceOf(AccessDeniedException.class);

        testAccounts.signInAs(person.email(), person.displayName(), person.role());
        assertThatThrownBy(() -> accountAdmin.resetTwoStep(person.accountId(), "Lost phone"))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signOut();
        assertUnchanged(person);
    }

    @Test
    void anAdminsPasswordResetKeepsTheSecondStep() {
        SignedInUser person = withTwoStep("password-reset", Role.COUNSELOR);
        asAdmin();

        accountAdmin.resetPassword(person.accountId());
        TestAccounts.signOut();
        invitations.acceptInvitation(
                mailbox.token(person.email(), "invitation"),
                "a password after the reset",
                "a password after the reset");

        assertThat(statusAsThePerson(person).isOn()).isTrue();
    }

    @Test
    void aForgottenPasswordResetKeepsTheSecondStep() throws Exception {
        SignedInUser person = withTwoStep("forgotten", Role.COUNSELOR);

        forgotten.requestReset(person.email());
        resetMailer.awaitIdle(Duration.ofSeconds(10));
        invitations.acceptInvitation(
                mailbox.token(person.email(), "invitation"), "a password chosen by mail", "a password chosen by mail");

        assertThat(statusAsThePerson(person).isOn()).isTrue();
    }

    /** The second step still on, no reset audited, no reset mail. */
    private void assertUnchanged(SignedInUser person) {
        assertThat(statusAsThePerson(person).isOn()).isTrue();
        assertThat(resetRowsAbout(person)).isEmpty();
        assertThat(mailKindsTo(person)).doesNotContain("two-step-reset");
    }

    private SignedInUser withTwoStep(String name, Role role) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
        SignedInUser person = testAccounts.ensure(email, "Person " + name, role);
        assertThat(TwoStepEnrolment.setUpFor(person, twoStep, clock)).hasSize(10);
        return person;
    }

    private TwoStepStatus statusAsThePerson(SignedInUser person) {
        testAccounts.signInAs(person.email(), person.displayName(), person.role());
        try {
            return twoStep.myStatus();
        } finally {
            TestAccounts.signOut();
        }
    }

    private SignedInUser asAdmin() {
        return testAccounts.signInAs("admin@test.dyad", "Test admin", Role.ADMIN);
    }

    private MockHttpSession openSessionOf(SignedInUser person) {
        MockHttpSession session = new MockHttpSession();
        activeSessions.sessionCreated(new HttpSessionEvent(session));
        sessionRegistry.registerNewSession(session.getId(), person);
        return session;
    }

    private String passwordHashOf(SignedInUser person) {
        return accounts.findById(person.accountId()).orElseThrow().passwordHash();
    }

    private List<Map<String, Object>> resetRowsAbout(SignedInUser person) {
        return jdbc.queryForList(
                "select actor_email, outcome, detail from audit_entry where action = 'TWO_STEP_RESET' and detail like ?",
                person.email() + ":%");
    }

    private List<String> mailKindsTo(SignedInUser person) {
        return jdbc.queryForList(
                "select kind from outbox_mail where account_id = ? order by id", String.class, person.accountId());
    }
}
