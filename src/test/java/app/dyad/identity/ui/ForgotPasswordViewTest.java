package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.Mailbox;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sign-in page leads to "forgot your password?", which answers in the same words whatever the address. */
@DyadSpringTest
class ForgotPasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Mailbox mailbox;

    @Test
    void theSignInPageLeadsToTheForgottenPasswordPage() {
        navigate(LoginView.class);
        LoginForm login = $(LoginForm.class).single();
        ComponentUtil.fireEvent(login, new AbstractLogin.ForgotPasswordEvent(login, true));
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswer() {
        String known =
                accounts.ensure(uniqueEmail("known"), "Known", Role.CLIENT).email();
        String forKnown = answerTo(known);
        String forUnknown = answerTo(uniqueEmail("unknown"));

        assertThat(forKnown).isEqualTo(forUnknown).startsWith("If an account uses this address");
    }

    @Test
    void aMalformedAddressIsShownNextToTheField() {
        navigate(ForgotPasswordView.class);
        EmailField email = $(EmailField.class).id("forgot-email");
        test(email).setValue("nobody");
        test($(Button.class).id("send-reset-link")).click();
        assertThat(email.isInvalid()).isTrue();
    }

    @Test
    void aResetLinkSaysChooseANewPasswordAndAnInvitationSaysWelcome() throws Exception {
        String email = accounts.ensure(uniqueEmail("returning"), "Returning", Role.CLIENT)
                .email();
        answerTo(email);
        navigate("invitation/" + awaitToken(email), InvitationView.class);
        assertThat($(H1.class).single().getText()).startsWith("Choose a new password");
        assertThat($(PasswordField.class).id("new-password").isVisible()).isTrue();
    }

    private String awaitToken(String email) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            var token = mailbox.latestToken(email, "invitation");
            if (token.isPresent()) {
                return token.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no reset mail reached " + email);
    }

    private String answerTo(String address) {
        navigate(LoginView.class);
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).id("forgot-email")).setValue(address);
        test($(Button.class).id("send-reset-link")).click();
        return $(Paragraph.class).id("forgot-answer").getText();
    }

    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
    }
}
