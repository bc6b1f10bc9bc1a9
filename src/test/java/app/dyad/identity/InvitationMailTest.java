package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.base.InvalidInputException;
import app.dyad.mail.Mailbox;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 12: one-time links reach the person by mail, in the transaction of their cause, and work when followed. */
@DyadSpringTest
class InvitationMailTest {

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    InvitationService invitations;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Mailbox mailbox;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anInvitationArrivesByMailAndItsLinkSetsThePassword() {
        asAdmin();
        String email = uniqueEmail("invited");
        accountAdmin.createAccount(new NewAccount("Nora Vale", email, Role.COUNSELOR));
        TestAccounts.signOut();

        String body = mailbox.bodiesTo(email).getFirst();
        assertThat(body).contains("72").contains("/invitation/");
        String token = mailbox.token(email, "invitation");
        assertThat(invitations.findInvitation(token))
                .get()
                .extracting(InvitationDetails::email)
                .isEqualTo(email);
        invitations.acceptInvitation(token, "lanterns over the harbour", "lanterns over the harbour");
        assertThat(invitations.findInvitation(token)).isEmpty();
    }

    @Test
    void aResetArrivesByMailAndItsLinkSetsANewPassword() {
        asAdmin();
        String email = uniqueEmail("reset");
        SignedInUser person = testAccounts.ensure(email, "Reset Me", Role.CLIENT);
        accountAdmin.resetPassword(person.accountId());
        TestAccounts.signOut();

        String token = mailbox.token(email, "invitation");
        invitations.acceptInvitation(token, "a brand new passphrase", "a brand new passphrase");
        assertThat(invitations.findInvitation(token)).isEmpty();
    }

    /** Its link would not open while the account is deactivated: no mail promising one is sent. */
    @Test
    void aDeactivatedAccountsInvitationIsNotSentAgain() {
        asAdmin();
        String email = uniqueEmail("deactivated");
        long id = accountAdmin
                .createAccount(new NewAccount("Dee Active", email, Role.CLIENT))
                .accountId();
        int before = mailbox.deliveredTo(email).size();
        accountAdmin.deactivate(id);

        assertThatThrownBy(() -> accountAdmin.resendInvitation(id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(
                                        refused.fieldErrors().get("account").key())
                                .isEqualTo("users.resend.deactivated"));
        assertThat(mailbox.deliveredTo(email)).hasSize(before);
    }

    @Test
    void aRolledBackAccountCreationSendsNothing() {
        asAdmin();
        String email = uniqueEmail("rolled-back");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    accountAdmin.createAccount(new NewAccount("Never", email, Role.CLIENT));
                    throw new IllegalStateException("the change failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(mailbox.deliveredTo(email)).isEmpty();
    }

    private void asAdmin() {
        testAccounts.signInAs("admin@test.dyad", "Test admin", Role.ADMIN);
    }

    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
    }
}
