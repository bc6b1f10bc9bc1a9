package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.MyAccountService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.Mailbox;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Opening the link mailed to a new address changes nothing; the button does (mail scanners open links). */
@DyadSpringTest
class EmailChangeViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    Mailbox mailbox;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void openingTheLinkChangesNothingUntilThePersonConfirms() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser mover = accounts.signInAs("mover-" + tag + "@test.dyad", "Mover", Role.CLIENT);
        String wanted = "wanted-" + tag + "@test.dyad";
        myAccount.requestEmailChange(wanted, myAccount.confirmOwnPassword(TestAccounts.PASSWORD, "password"));
        String token = mailbox.token(wanted, "email-change");
        TestAccounts.signOut();

        navigate("email-change/" + token, EmailChangeView.class);
        assertThat(emailOf(mover)).isEqualTo(mover.email());

        test($(Button.class).id("confirm-email-change")).click();
        assertThat($(Paragraph.class).id("email-change-done").getText()).contains(wanted);
        assertThat(emailOf(mover)).isEqualTo(wanted);
    }

    @Test
    void aWrongLinkSaysItCannotBeUsed() {
        navigate("email-change/not-a-token", EmailChangeView.class);
        assertThat($(Button.class).withId("confirm-email-change").exists()).isFalse();
    }

    private String emailOf(SignedInUser person) {
        accounts.signInAs("admin@test.dyad", "Admin", Role.ADMIN);
        try {
            return accountAdmin.findAccount(person.accountId()).orElseThrow().email();
        } finally {
            TestAccounts.signOut();
        }
    }
}
