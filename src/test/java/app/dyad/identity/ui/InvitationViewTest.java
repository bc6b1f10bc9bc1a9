package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.NewAccount;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.Mailbox;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The person choosing a password is told, next to the field, why a guessable one is refused. */
@DyadSpringTest
class InvitationViewTest extends SpringBrowserlessTest {

    @Autowired
    Mailbox mailbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountAdminService accountAdmin;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aPasswordMadeOfOnesOwnNameIsRefusedWithTheReasonNextToTheField() {
        accounts.signInAs("admin@test.dyad", "Admin", Role.ADMIN);
        String email = "maya.lind-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
        accountAdmin.createAccount(new NewAccount("Maya Lind", email, Role.CLIENT));
        TestAccounts.signOut();

        navigate("invitation/" + mailbox.token(email, "invitation"), InvitationView.class);
        PasswordField newPassword = $(PasswordField.class).id("new-password");
        test(newPassword).setValue("mayalind2026!!");
        test($(PasswordField.class).id("repeat-password")).setValue("mayalind2026!!");
        test($(Button.class).id("set-password")).click();

        assertThat(newPassword.isInvalid()).isTrue();
        assertThat(newPassword.getErrorMessage())
                .startsWith("This password is too easy to guess.")
                .contains("It contains your name, your email or the app's name");
    }
}
