package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.base.InvalidInputException;
import app.dyad.mail.Mailbox;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@DyadSpringTest
class AccountServicesTest {

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    InvitationService invitations;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Mailbox mailbox;

    @Autowired
    TestClock clock;

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

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
    }

    /** Opens the account and reads its link's token out of the mail that reached it, as the person would. */
    private String invite(NewAccount account) {
        accountAdmin.createAccount(account);
        return mailbox.token(account.email(), "invitation");
    }

    private SignedInUser asAdmin() {
        return testAccounts.signInAs("admin@test.dyad", "Test admin", Role.ADMIN);
    }

    @Test
    void adminCreatesAnAccountWhoseInvitationSetsThePassword() {
        asAdmin();
        String email = uniqueEmail("New.Counselor");
        InvitationSent sent = accountAdmin.createAccount(new NewAccount("  Nora Vale ", email, Role.COUNSELOR));

        assertThat(sent.maskedEmail()).isEqualTo("n…@t…");
        assertThat(sent.queuedAt()).isEqualTo(clock.instant());
        String link = mailbox.token(email, "invitation");
        AccountSummary created = accountAdmin.findAccountByEmail(email).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Nora Vale");
        assertThat(created.email()).isEqualTo(email.toLowerCase());
        assertThat(created.invitationPending()).isTrue();

        TestAccounts.signOut();
        assertThat(invitations.findInvitation(link))
                .get()
                .extracting(InvitationDetails::displayName)
                .isEqualTo("Nora Vale");
        invitations.acceptInvitation(link, "lanterns over the harbour", "lanterns over the harbour");

        asAdmin();
        assertThat(accountAdmin.findAccountByEmail(email).orElseThrow().invitationPending())
                .isFalse();
    }

    @Test
    void emailsAreUniqueIgnoringCase() {
        asAdmin();
        String email = uniqueEmail("twin");
        accountAdmin.createAccount(new NewAccount("First", email, Role.CLIENT));

        assertThatThrownBy(() -> accountAdmin.createAccount(new NewAccount("Second", email.toUpperCase(), Role.CLIENT)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("email")
                                .extractingByKey("email")
                                .extracting(InvalidInputException.FieldMessage::key)
                                .isEqualTo("account.email-taken"));
    }

    @Test
    void everyInvalidFieldGetsItsOwnMessage() {
        asAdmin();
        assertThatThrownBy(() -> accountAdmin.createAccount(new NewAccount(" ", "not-an-email", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("displayName", "email", "role");
                    assertThat(e.fieldErrors().get("email").key()).isEqualTo("validation.email");
                    assertThat(e.fieldErrors().get("displayName").key()).isEqualTo("validation.required");
                });
    }

    @Test
    void aTooLongFieldIsToldItsLimit() {
        asAdmin();
        String longName = "N".repeat(NewAccount.DISPLAY_NAME_MAX_LENGTH + 1);
        assertThatThrownBy(() -> accountAdmin.createAccount(new NewAccount(longName, uniqueEmail("long"), Role.CLIENT)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    InvalidInputException.FieldMessage message = e.fieldErrors().get("displayName");
                    assertThat(message.key()).isEqualTo(InvalidInputException.TOO_LONG);
                    assertThat(message.args()).containsExactly(NewAccount.DISPLAY_NAME_MAX_LENGTH);
                });
    }

    @Test
    void anInvitationLinkWorksOnlyOnce() {
        asAdmin();
        String link = invite(new NewAccount("Once", uniqueEmail("once"), Role.CLIENT));
        TestAccounts.signOut();
        invitations.acceptInvitation(link, "first and only time", "first and only time");

        assertThat(invitations.findInvitation(link)).isEmpty();
        assertThatThrownBy(() -> invitations.acceptInvitation(link, "a second attempt here", "a second attempt here"))
                .isInstanceOf(InvitationNotValidException.class);
    }

    @Test
    void anInvitationLinkExpiresAfterSeventyTwoHours() {
        asAdmin();
        String link = invite(new NewAccount("Late", uniqueEmail("late"), Role.CLIENT));
        TestAccounts.signOut();
        clock.advance(Duration.ofHours(72));

        assertThat(invitations.findInvitation(link)).isEmpty();
        assertThatThrownBy(() -> invitations.acceptInvitation(link, "too late for this one", "too late for this one"))
                .isInstanceOf(InvitationNotValidException.class);
    }

    @Test
    void aPasswordResetReplacesTheOlderLink() {
        asAdmin();
        String email = uniqueEmail("reset");
        String first = invite(new NewAccount("Reset", email, Role.CLIENT));
        accountAdmin.resetPassword(
                accountAdmin.findAccountByEmail(email).orElseThrow().id());
        String second = mailbox.token(email, "invitation");
        TestAccounts.signOut();

        assertThat(invitations.findInvitation(first)).isEmpty();
        assertThat(invitations.findInvitation(second)).isPresent();
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        asAdmin();
        String link = invite(new NewAccount("Weak", uniqueEmail("weak"), Role.CLIENT));
        TestAccounts.signOut();

        assertThatThrownBy(() -> invitations.acceptInvitation(link, "1qaz2wsx3edc", "1qaz2wsx3edc"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("newPassword").key())
                                .isEqualTo("password.too-common"));
        assertThatThrownBy(() -> invitations.acceptInvitation(link, "long enough words", "long enough wordz"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("repeatedPassword"));
        assertThat(invitations.findInvitation(link)).isPresent();
    }

    /** "aaaaaaaaaaaa" met the length rule and was accepted; a password with one's own name is as weak. */
    @Test
    void aGuessablePasswordIsRefusedWithTheReason() {
        asAdmin();
        String link = invite(new NewAccount("Maya Lind", uniqueEmail("maya.lind"), Role.CLIENT));
        TestAccounts.signOut();
        for (String guessable : new String[] {"aaaaaaaaaaaa", "dyaddyaddyad1", "mayalind2026!!"}) {
            assertThatThrownBy(() -> invitations.acceptInvitation(link, guessable, guessable))
                    .as(guessable)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        InvalidInputException.FieldMessage message =
                                e.fieldErrors().get("newPassword");
                        assertThat(message.key()).isEqualTo("password.too-guessable");
                        assertThat(String.valueOf(message.args()[message.args().length - 1]))
                                .isNotBlank();
                    });
        }
        invitations.acceptInvitation(link, "copper-orchard-whistles-at-dawn", "copper-orchard-whistles-at-dawn");
    }

    @Test
    void counselorsAndClientsCannotManageAccounts() {
        testAccounts.signInAs("counselor@test.dyad", "Test counselor", Role.COUNSELOR);
        assertThatThrownBy(() -> accountAdmin.createAccount(new NewAccount("X", uniqueEmail("x"), Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountAdmin.findAccounts("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        testAccounts.signInAs("client@test.dyad", "Test client", Role.CLIENT);
        assertThatThrownBy(() -> accountAdmin.resetPassword(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountAdmin.deactivate(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotListAccounts() {
        // judged as an anonymous visitor: an ordinary, audited refusal (ServiceRoleMatrixTest checks the audit row)
        assertThatThrownBy(() -> accountAdmin.countAccounts("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changingOnesPasswordRequiresTheCurrentOne() {
        String email = uniqueEmail("changer");
        testAccounts.signInAs(email, "Changer", Role.CLIENT);

        assertThatThrownBy(() -> myAccount.changePassword(
                        new ChangePassword("not my password", "fresh long passphrase", "fresh long passphrase")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("currentPassword"));

        myAccount.changePassword(
                new ChangePassword(TestAccounts.PASSWORD, "fresh long passphrase", "fresh long passphrase"));
        assertThatThrownBy(() -> myAccount.changePassword(new ChangePassword(
                        TestAccounts.PASSWORD, "another long passphrase", "another long passphrase")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void changingOnesSignInEmailRequiresTheCurrentPasswordOfThatVeryAccount() {
        testAccounts.signInAs(uniqueEmail("other"), "Other", Role.CLIENT);
        PasswordConfirmed someoneElses = myAccount.confirmOwnPassword(TestAccounts.PASSWORD, "password");
        testAccounts.signInAs(uniqueEmail("mover"), "Mover", Role.CLIENT);
        String wanted = uniqueEmail("moved");

        assertThatThrownBy(() -> myAccount.confirmOwnPassword("not my password", "password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("password"));
        assertThatThrownBy(() -> myAccount.requestEmailChange(wanted, someoneElses))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("password"));
        assertThat(accounts.existsByEmail(wanted))
                .as("the email did not change")
                .isFalse();
        assertThat(mailbox.deliveredTo(wanted)).as("nothing was asked").isEmpty();

        PasswordConfirmed mine = myAccount.confirmOwnPassword(TestAccounts.PASSWORD, "password");
        myAccount.requestEmailChange(wanted, mine);
        assertThat(mailbox.latestToken(wanted, "email-change")).isPresent();
    }

    @Test
    void searchFindsAccountsByNameOrEmailAndCountsThem() {
        asAdmin();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        accountAdmin.createAccount(new NewAccount("Quillon " + marker, uniqueEmail("q"), Role.CLIENT));
        accountAdmin.createAccount(new NewAccount("Someone Else", "zed-" + marker + "@test.dyad", Role.CLIENT));

        assertThat(accountAdmin.findAccounts(marker.toUpperCase(), PageRequest.of(0, 10, Sort.by("displayName"))))
                .extracting(AccountSummary::displayName)
                .containsExactly("Quillon " + marker, "Someone Else");
        assertThat(accountAdmin.countAccounts(marker)).isEqualTo(2);
        assertThat(accountAdmin.findAccounts("quillon " + marker, PageRequest.of(0, 10)))
                .hasSize(1);
    }

    @Test
    void deactivatingEndsThePersonsOpenSessionsAtOnce() {
        SignedInUser client = testAccounts.ensure(uniqueEmail("leaving"), "Leaving", Role.CLIENT);
        MockHttpSession session = new MockHttpSession();
        activeSessions.sessionCreated(new HttpSessionEvent(session));
        sessionRegistry.registerNewSession(session.getId(), client);

        asAdmin();
        accountAdmin.deactivate(client.accountId());

        assertThat(session.isInvalid()).isTrue();
        assertThat(sessionRegistry.getSessionInformation(session.getId()).isExpired())
                .isTrue();
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessionsButNotThisOne() {
        SignedInUser client = testAccounts.signInAs(uniqueEmail("rotating"), "Rotating", Role.CLIENT);
        MockHttpSession here = new MockHttpSession();
        MockHttpSession elsewhere = new MockHttpSession();
        for (MockHttpSession session : List.of(here, elsewhere)) {
            activeSessions.sessionCreated(new HttpSessionEvent(session));
            sessionRegistry.registerNewSession(session.getId(), client);
        }
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            myAccount.changePassword(
                    new ChangePassword(TestAccounts.PASSWORD, "fresh long passphrase", "fresh long passphrase"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(elsewhere.isInvalid()).as("the session on another device").isTrue();
        assertThat(here.isInvalid()).as("the session that changed the password").isFalse();
    }

    @Test
    void aPasswordResetEndsThePersonsOpenSessions() {
        SignedInUser client = testAccounts.ensure(uniqueEmail("compromised"), "Compromised", Role.CLIENT);
        MockHttpSession session = new MockHttpSession();
        activeSessions.sessionCreated(new HttpSessionEvent(session));
        sessionRegistry.registerNewSession(session.getId(), client);

        asAdmin();
        accountAdmin.resetPassword(client.accountId());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void wrongCurrentPasswordsCountTowardTheLockout() {
        String email = uniqueEmail("guesser");
        testAccounts.signInAs(email, "Guesser", Role.CLIENT);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> myAccount.changePassword(
                            new ChangePassword("a wrong guess", "fresh long passphrase", "fresh long passphrase")))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(accounts.findByEmail(email).orElseThrow().isLockedAt(clock.instant()))
                .isTrue();
    }

    @Test
    void anAdminCannotDeactivateThemself() {
        SignedInUser admin = asAdmin();
        assertThatThrownBy(() -> accountAdmin.deactivate(admin.accountId())).isInstanceOf(InvalidInputException.class);
    }
}
