package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.base.InvalidInputException;
import app.dyad.mail.Mailbox;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12: changing one's sign-in address changes nothing until the link mailed to the new address is used, tells
 * the old address, never reveals whether the new address is taken, and ends the person's other sessions.
 */
@DyadSpringTest
class EmailChangeTest {

    @Autowired
    MyAccountService myAccount;

    @Autowired
    EmailChangeService emailChanges;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    Mailbox mailbox;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    ActiveSessions activeSessions;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    ForgottenPasswordService forgotten;

    @Autowired
    ResetMailer resetMailer;

    @Autowired
    InvitationService invitationService;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void askingChangesNothingSendsTheLinkToTheNewAddressAndTellsTheOldOneWithoutNamingTheNew() {
        SignedInUser mover = moverSignedIn();
        String wanted = uniqueEmail("wanted");

        myAccount.requestEmailChange(wanted, confirmed());

        assertThat(emailOf(mover)).isEqualTo(mover.email());
        assertThat(mailbox.latestToken(wanted, "email-change")).isPresent();
        List<String> notices = mailbox.bodiesTo(mover.email());
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst())
                .contains("w…@t…")
                .contains("change your password")
                .doesNotContain(wanted)
                .doesNotContain("/email-change/");
    }

    @Test
    void anAddressThatIsTakenGetsTheSameAnswerAndItsOwnerNoLink() {
        String taken =
                testAccounts.ensure(uniqueEmail("taken"), "Taken", Role.CLIENT).email();
        SignedInUser mover = moverSignedIn();

        assertThatCode(() -> myAccount.requestEmailChange(taken, confirmed())).doesNotThrowAnyException();

        assertThat(emailOf(mover)).isEqualTo(mover.email());
        assertThat(mailbox.latestToken(taken, "email-change")).isEmpty();
        assertThat(mailbox.bodiesTo(taken)).singleElement().asString().contains("nothing changes");
        assertThat(mailbox.bodiesTo(mover.email())).hasSize(1);
    }

    @Test
    void theLinkChangesTheAddressOnlyWhenConfirmedOnceAndEndsTheOtherSessions() {
        SignedInUser mover = moverSignedIn();
        MockHttpSession elsewhere = new MockHttpSession();
        activeSessions.sessionCreated(new HttpSessionEvent(elsewhere));
        sessionRegistry.registerNewSession(elsewhere.getId(), mover);
        String wanted = uniqueEmail("wanted");
        myAccount.requestEmailChange(wanted, confirmed());
        String token = mailbox.token(wanted, "email-change");
        TestAccounts.signOut();

        assertThat(emailChanges.findEmailChange(token))
                .get()
                .extracting(EmailChangeDetails::newEmail)
                .isEqualTo(wanted);
        assertThat(emailOf(mover)).as("opening the link changes nothing").isEqualTo(mover.email());
        assertThat(elsewhere.isInvalid()).isFalse();

        assertThat(emailChanges.confirmEmailChange(token)).isEqualTo(wanted);

        assertThat(emailOf(mover)).isEqualTo(wanted);
        assertThat(elsewhere.isInvalid()).as("the session on another device").isTrue();
        assertThat(emailChanges.findEmailChange(token)).isEmpty();
        assertThatThrownBy(() -> emailChanges.confirmEmailChange(token))
                .isInstanceOf(InvitationNotValidException.class);
    }

    @Test
    void anAddressTakenBeforeTheConfirmationIsRefusedClearly() {
        SignedInUser mover = moverSignedIn();
        String wanted = uniqueEmail("wanted");
        myAccount.requestEmailChange(wanted, confirmed());
        String token = mailbox.token(wanted, "email-change");
        MockHttpSession elsewhere = new MockHttpSession();
        activeSessions.sessionCreated(new HttpSessionEvent(elsewhere));
        sessionRegistry.registerNewSession(elsewhere.getId(), mover);
        testAccounts.ensure(wanted, "Quicker", Role.CLIENT);
        TestAccounts.signOut();

        assertThatThrownBy(() -> emailChanges.confirmEmailChange(token))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("email").key()).isEqualTo("email-change.taken"));
        assertThat(emailOf(mover)).isEqualTo(mover.email());
        assertThat(elsewhere.isInvalid()).isFalse();
    }

    @Test
    void anAddressTakenBetweenTheCheckAndTheWriteIsRefusedClearlyAndEndsNoSession() {
        SignedInUser mover = moverSignedIn();
        MockHttpSession elsewhere = new MockHttpSession();
        activeSessions.sessionCreated(new HttpSessionEvent(elsewhere));
        sessionRegistry.registerNewSession(elsewhere.getId(), mover);
        String wanted = uniqueEmail("wanted");
        myAccount.requestEmailChange(wanted, confirmed());
        String token = mailbox.token(wanted, "email-change");
        TestAccounts.signOut();

        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        try {
            transactions.executeWithoutResult(status -> {
                // the confirmation's reads see the database as of here (repeatable read), so its check that the
                // address is free passes, and only the unique index sees the account that took it meanwhile
                accounts.count();
                CompletableFuture.runAsync(() -> testAccounts.ensure(wanted, "Quicker", Role.CLIENT))
                        .join();
                try {
                    emailChanges.confirmEmailChange(token);
                } catch (RuntimeException e) {
                    refused.set(e);
                }
            });
        } catch (RuntimeException rolledBack) {
            // the race's transaction cannot commit; what matters is what the person was told, and their sessions
        }

        assertThat(refused.get())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("email").key()).isEqualTo("email-change.taken"));
        assertThat(elsewhere.isInvalid())
                .as("no session ended for a change that did not happen")
                .isFalse();
        assertThat(emailOf(mover)).isEqualTo(mover.email());
    }

    @Test
    void aNewRequestRevokesTheLinkOfTheOneBefore() {
        moverSignedIn();
        String first = uniqueEmail("first");
        myAccount.requestEmailChange(first, confirmed());
        String firstToken = mailbox.token(first, "email-change");
        myAccount.requestEmailChange(uniqueEmail("second"), confirmed());

        assertThat(emailChanges.findEmailChange(firstToken)).isEmpty();
    }

    @Test
    void changingThePasswordRevokesAnOpenChange() {
        moverSignedIn();
        String token = openChangeLink();

        myAccount.changePassword(
                new ChangePassword(TestAccounts.PASSWORD, "a brand new pass phrase", "a brand new pass phrase"));

        assertLinkCannotBeUsed(token);
    }

    @Test
    void settingAPasswordThroughAResetLinkRevokesAnOpenChange() throws Exception {
        SignedInUser mover = moverSignedIn();
        String token = openChangeLink();
        TestAccounts.signOut();
        forgotten.requestReset(mover.email());
        resetMailer.awaitIdle(Duration.ofSeconds(10));
        String reset = mailbox.token(mover.email(), "invitation");

        invitationService.acceptInvitation(reset, "a phrase chosen by mail", "a phrase chosen by mail");

        assertLinkCannotBeUsed(token);
    }

    @Test
    void anAdminsResetRevokesAnOpenChange() {
        SignedInUser mover = moverSignedIn();
        String token = openChangeLink();
        adminSignedIn();

        accountAdmin.resetPassword(mover.accountId());

        assertLinkCannotBeUsed(token);
    }

    @Test
    void deactivatingRevokesAnOpenChangeForGoodEvenAfterReactivation() {
        SignedInUser mover = moverSignedIn();
        String token = openChangeLink();
        adminSignedIn();

        accountAdmin.deactivate(mover.accountId());
        accountAdmin.reactivate(mover.accountId());

        assertLinkCannotBeUsed(token);
    }

    private String openChangeLink() {
        String wanted = uniqueEmail("attacker");
        myAccount.requestEmailChange(wanted, confirmed());
        return mailbox.token(wanted, "email-change");
    }

    private void adminSignedIn() {
        testAccounts.signInAs("admin@test.dyad", "Test admin", Role.ADMIN);
    }

    private void assertLinkCannotBeUsed(String token) {
        TestAccounts.signOut();
        assertThat(emailChanges.findEmailChange(token)).isEmpty();
        assertThatThrownBy(() -> emailChanges.confirmEmailChange(token))
                .isInstanceOf(InvitationNotValidException.class);
    }

    private SignedInUser moverSignedIn() {
        return testAccounts.signInAs(uniqueEmail("mover"), "Mover", Role.CLIENT);
    }

    private PasswordConfirmed confirmed() {
        return myAccount.confirmOwnPassword(TestAccounts.PASSWORD, "password");
    }

    private String emailOf(SignedInUser person) {
        return accounts.findById(person.accountId()).orElseThrow().email();
    }

    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
    }
}
