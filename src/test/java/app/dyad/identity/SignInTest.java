package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.mail.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@DyadSpringTest
class SignInTest {

    @Autowired
    Mailbox mailbox;

    @Autowired
    DyadAuthenticationProvider provider;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    InvitationService invitations;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    SignInFailureRepository failures;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String newClient() {
        String email = "client-" + UUID.randomUUID() + "@test.dyad";
        testAccounts.ensure(email, "Client", Role.CLIENT);
        return email;
    }

    private Authentication signIn(String email, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void rightPasswordSignsInAndRecordsTheTime() {
        String email = newClient();
        Authentication result = signIn(email.toUpperCase(), TestAccounts.PASSWORD);
        assertThat(result.getPrincipal())
                .isInstanceOfSatisfying(
                        SignedInUser.class, user -> assertThat(user.email()).isEqualTo(email));
        assertThat(result.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_CLIENT", "FACTOR_PASSWORD");
        assertThat(accounts.findByEmail(email).orElseThrow().lastSignInAt()).isEqualTo(clock.instant());
    }

    @Test
    void unknownEmailWrongPasswordAndLockedAccountFailAlike() {
        String locked = newClient();
        for (int i = 0; i < LockoutPolicy.MAX_FAILURES; i++) {
            catchThrowable(() -> signIn(locked, "wrong password " + 1));
        }
        Throwable unknown =
                catchThrowable(() -> signIn("nobody-" + UUID.randomUUID() + "@test.dyad", TestAccounts.PASSWORD));
        Throwable wrong = catchThrowable(() -> signIn(newClient(), "not the password at all"));
        Throwable lockedOut = catchThrowable(() -> signIn(locked, TestAccounts.PASSWORD));

        assertThat(unknown).isInstanceOf(BadCredentialsException.class);
        assertThat(wrong).isInstanceOf(BadCredentialsException.class).hasMessage(unknown.getMessage());
        assertThat(lockedOut).isInstanceOf(BadCredentialsException.class).hasMessage(unknown.getMessage());
    }

    @Test
    void tenFailuresWithinFifteenMinutesLockTheAccountForFifteenMinutes() {
        String email = newClient();
        for (int i = 0; i < 9; i++) {
            assertThatThrownBy(() -> signIn(email, "guess")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(signIn(email, TestAccounts.PASSWORD)).isNotNull();
        // success resets the count; ten more failures lock
        for (int i = 0; i < 10; i++) {
            catchThrowable(() -> signIn(email, "guess"));
        }
        assertThatThrownBy(() -> signIn(email, TestAccounts.PASSWORD)).isInstanceOf(BadCredentialsException.class);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn(email, TestAccounts.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(email, TestAccounts.PASSWORD)).isNotNull();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        String email = newClient();
        for (int i = 0; i < 9; i++) {
            catchThrowable(() -> signIn(email, "guess"));
        }
        clock.advance(Duration.ofMinutes(16));
        catchThrowable(() -> signIn(email, "guess"));
        assertThat(signIn(email, TestAccounts.PASSWORD)).isNotNull();
    }

    @Test
    void settingAPasswordThroughAResetLinkLiftsTheLock() {
        String email = newClient();
        for (int i = 0; i < 10; i++) {
            catchThrowable(() -> signIn(email, "guess"));
        }
        testAccounts.signInAs("admin-" + UUID.randomUUID() + "@test.dyad", "Admin", Role.ADMIN);
        accountAdmin.resetPassword(accounts.findByEmail(email).orElseThrow().id());
        TestAccounts.signOut();
        String token = mailbox.token(email, "invitation");
        invitations.acceptInvitation(token, "a brand new passphrase", "a brand new passphrase");

        assertThat(signIn(email, "a brand new passphrase")).isNotNull();
    }

    @Test
    void aTypedNameThatIsNoAccountIsCountedButNotKeptAsTyped() {
        String passwordLike = "Tr0ub4dor&3-" + UUID.randomUUID();
        long before = failures.count();
        catchThrowable(() -> signIn(passwordLike, "anything"));

        assertThat(failures.count()).isEqualTo(before + 1);
        assertThat(failures.countByEmailAndFailedAtAfter(passwordLike.toLowerCase(Locale.ROOT), Instant.EPOCH))
                .isZero();
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        String email = newClient();
        testAccounts.signInAs("admin-" + UUID.randomUUID() + "@test.dyad", "Admin", Role.ADMIN);
        accountAdmin.deactivate(accounts.findByEmail(email).orElseThrow().id());
        TestAccounts.signOut();

        assertThatThrownBy(() -> signIn(email, TestAccounts.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anInvitedAccountWithoutPasswordCannotSignIn() {
        testAccounts.signInAs("admin-" + UUID.randomUUID() + "@test.dyad", "Admin", Role.ADMIN);
        String email = "invited-" + UUID.randomUUID() + "@test.dyad";
        accountAdmin.createAccount(new NewAccount("Invited", email, Role.CLIENT));
        TestAccounts.signOut();

        assertThatThrownBy(() -> signIn(email, "")).isInstanceOf(BadCredentialsException.class);
    }
}
