package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.base.InvalidInputException;
import app.dyad.mail.Mailbox;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 12: "forgot your password?" answers the same, with the same work on the caller's thread, whether or not the
 * address is an account; only the account's own mailbox gets a link; both ceilings hold; sessions last until the new
 * password is set.
 */
@DyadSpringTest
@Import(StatementsByThread.class)
class ForgottenPasswordTest {

    @Autowired
    ForgottenPasswordService forgotten;

    @Autowired
    ResetMailer mailer;

    @Autowired
    InvitationService invitations;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Mailbox mailbox;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    ActiveSessions activeSessions;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneAMail() throws Exception {
        String known =
                testAccounts.ensure(uniqueEmail("known"), "Known", Role.CLIENT).email();
        String unknown = uniqueEmail("unknown");

        forgotten.requestReset(known);
        forgotten.requestReset(unknown);
        mailer.awaitIdle(Duration.ofSeconds(10));

        assertThat(mailbox.deliveredTo(unknown)).isEmpty();
        String token = mailbox.token(known, "invitation");
        assertThat(mailbox.bodiesTo(known).getFirst()).contains("new password").contains("72");
        invitations.acceptInvitation(token, "a fresh forgotten-no-more phrase", "a fresh forgotten-no-more phrase");
        assertThat(invitations.findInvitation(token)).isEmpty();
    }

    @Test
    void theCallersThreadDoesTheSameWorkForAKnownAndAnUnknownAddressAndNeverLooksTheAccountUp() throws Exception {
        String known =
                testAccounts.ensure(uniqueEmail("known"), "Known", Role.CLIENT).email();
        String unknown = uniqueEmail("unknown");
        mailer.awaitIdle(Duration.ofSeconds(10));

        StatementsByThread.clear();
        forgotten.requestReset(known);
        List<String> forKnown = StatementsByThread.on(Thread.currentThread());
        mailer.awaitIdle(Duration.ofSeconds(10));
        List<StatementsByThread.Statement> lookupsForKnown = StatementsByThread.all().stream()
                .filter(s -> s.sql().contains("user_account"))
                .toList();

        StatementsByThread.clear();
        forgotten.requestReset(unknown);
        List<String> forUnknown = StatementsByThread.on(Thread.currentThread());
        mailer.awaitIdle(Duration.ofSeconds(10));

        assertThat(forKnown).isNotEmpty().isEqualTo(forUnknown);
        assertThat(forKnown).noneMatch(sql -> sql.contains("user_account"));
        assertThat(lookupsForKnown)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.thread())
                        .isNotEqualTo(Thread.currentThread().getName()));
    }

    @Test
    void anAddressGetsAtMostThreeLinksAnHour() throws Exception {
        String known =
                testAccounts.ensure(uniqueEmail("often"), "Often", Role.CLIENT).email();
        for (int i = 0; i < 5; i++) {
            forgotten.requestReset(known);
        }
        mailer.awaitIdle(Duration.ofSeconds(10));

        assertThat(mailbox.deliveredTo(known)).hasSize(3);
    }

    @Test
    void anAccountGetsAtMostThreeLinksAnHourWhateverAccentsItsAddressIsTypedWith() throws Exception {
        String local = "anna-" + UUID.randomUUID().toString().substring(0, 8);
        String anna =
                testAccounts.ensure(local + "@test.dyad", "Anna", Role.CLIENT).email();
        // each variant is another address to the per-address throttle, but the same account to the lookup
        for (String variant : List.of("á", "à", "ä", "â")) {
            forgotten.requestReset(variant + local.substring(1) + "@test.dyad");
        }
        mailer.awaitIdle(Duration.ofSeconds(10));

        assertThat(mailbox.deliveredTo(anna)).hasSize(3);
    }

    @Test
    void aClientGetsAtMostTwentyRequestsAnHourAcrossAddresses() throws Exception {
        fromClient("203.0.113." + (1 + (int) (Math.random() * 250)));
        for (int i = 0; i < 20; i++) {
            forgotten.requestReset(uniqueEmail("sweep"));
        }
        String known =
                testAccounts.ensure(uniqueEmail("swept"), "Swept", Role.CLIENT).email();
        forgotten.requestReset(known);
        mailer.awaitIdle(Duration.ofSeconds(10));
        assertThat(mailbox.deliveredTo(known))
                .as("the 21st request from one client")
                .isEmpty();

        fromClient("198.51.100." + (1 + (int) (Math.random() * 250)));
        forgotten.requestReset(known);
        mailer.awaitIdle(Duration.ofSeconds(10));
        assertThat(mailbox.deliveredTo(known))
                .as("the same address from another client")
                .hasSize(1);
    }

    @Test
    void aResetByMailEndsNoSessionUntilTheNewPasswordIsSet() throws Exception {
        SignedInUser person = testAccounts.ensure(uniqueEmail("signed-in"), "Signed In", Role.CLIENT);
        MockHttpSession session = new MockHttpSession();
        activeSessions.sessionCreated(new HttpSessionEvent(session));
        sessionRegistry.registerNewSession(session.getId(), person);

        forgotten.requestReset(person.email());
        mailer.awaitIdle(Duration.ofSeconds(10));
        String token = mailbox.token(person.email(), "invitation");
        assertThat(session.isInvalid()).as("someone else may have asked").isFalse();

        invitations.acceptInvitation(token, "the password chosen by mail", "the password chosen by mail");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void onlyAMalformedAddressIsRefusedNextToTheField() {
        assertThatThrownBy(() -> forgotten.requestReset("not an address"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("email").key()).isEqualTo("validation.email"));
    }

    private static void fromClient(String ip) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(ip);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
    }
}
