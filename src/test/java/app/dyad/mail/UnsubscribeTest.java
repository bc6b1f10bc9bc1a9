package app.dyad.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.ui.UnsubscribeView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The unsubscribe link of a reminder: it works with nobody signed in, turns off only the kind it was made for and
 * only for its person, and an altered or made-up link changes nothing and names no one.
 */
@DyadSpringTest
class UnsubscribeTest extends SpringBrowserlessTest {

    @Autowired
    Unsubscribe unsubscribe;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    ReminderPreferences preferences;

    @Autowired
    TestAccounts accounts;

    long bea;
    long ada;

    @BeforeEach
    void people() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        bea = accounts.ensure("ub-" + tag + "@test.dyad", "Bea", Role.CLIENT).accountId();
        ada = accounts.ensure("ua-" + tag + "@test.dyad", "Ada", Role.CLIENT).accountId();
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theLinkTurnsOffItsKindForItsPersonWithNobodySignedIn() {
        assertThat(unsubscribe.turnOff(tokens.tokenFor(bea, "homework-due")))
                .contains("mail.reminder.homework-due.kind");

        assertThat(choices(bea))
                .containsEntry("homework-due", false)
                .containsEntry("homework-overdue", true)
                .containsEntry("session-tomorrow", true);
        assertThat(choices(ada)).doesNotContainValue(false);
    }

    @Test
    void anAlteredOrMadeUpLinkChangesNothing() {
        String token = tokens.tokenFor(bea, "homework-due");
        String signature = token.substring(token.indexOf('.'));
        Base64.Encoder encode = Base64.getUrlEncoder().withoutPadding();
        String[] forged = {
            encode.encodeToString((ada + ":homework-due").getBytes(StandardCharsets.UTF_8)) + signature,
            encode.encodeToString((bea + ":session-tomorrow").getBytes(StandardCharsets.UTF_8)) + signature,
            token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA"),
            encode.encodeToString((bea + ":homework-due").getBytes(StandardCharsets.UTF_8)),
            "",
            ".",
            "not-a-token",
            tokens.tokenFor(bea, "no-such-kind")
        };
        for (String bad : forged) {
            assertThat(unsubscribe.turnOff(bad)).as(bad).isEmpty();
        }
        assertThat(choices(bea)).doesNotContainValue(false);
        assertThat(choices(ada)).doesNotContainValue(false);
    }

    /**
     * Mail scanners (Safe Links and the like) open every link in a mail, in a real browser: opening the page must
     * change nothing. One click does it (and a mail program's own button posts, RFC 8058).
     */
    @Test
    void openingThePageChangesNothingAndOneClickTurnsTheKindOff() {
        navigate("unsubscribe/" + tokens.tokenFor(bea, "session-tomorrow"), UnsubscribeView.class);

        assertThat(message())
                .isEqualTo("Stop the e-mails for “Session tomorrow”? Your other reminders stay as they are.");
        assertThat(choices(bea)).doesNotContainValue(false);

        test($(Button.class).id("stop-reminder")).click();

        assertThat(choices(bea)).containsEntry("session-tomorrow", false);
    }

    @Test
    void thePageSaysWhatWasTurnedOffAndOffersToTurnItBackOn() {
        navigate("unsubscribe/" + tokens.tokenFor(bea, "session-tomorrow"), UnsubscribeView.class);
        test($(Button.class).id("stop-reminder")).click();

        assertThat(message())
                .isEqualTo("Done: you will get no more e-mails for “Session tomorrow”. "
                        + "Your other reminders are unchanged.");
        assertThat(choices(bea)).containsEntry("session-tomorrow", false);

        test($(Button.class).id("turn-back-on")).click();

        assertThat(message()).isEqualTo("“Session tomorrow” is on again.");
        assertThat(choices(bea)).containsEntry("session-tomorrow", true);
    }

    @Test
    void aBadLinkGetsANeutralMessage() {
        navigate("unsubscribe/" + bea + "-homework-due", UnsubscribeView.class);

        assertThat(message())
                .isEqualTo("This link does not work. Your reminder settings are on your account page in Dyad.");
        assertThat($(Button.class).all()).isEmpty();
    }

    private String message() {
        return $(Paragraph.class).id("unsubscribe-message").getText();
    }

    private Map<String, Boolean> choices(long account) {
        return preferences.choicesOf(account, "CLIENT").stream()
                .collect(Collectors.toMap(ReminderChoice::kind, ReminderChoice::on));
    }
}
