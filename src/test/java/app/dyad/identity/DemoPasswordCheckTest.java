package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Production refuses to start while an account is still guarded by the demo's published password. */
class DemoPasswordCheckTest {

    private final PasswordEncoder encoder = PasswordConfig.argon2id();
    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final DemoPasswordCheck check = new DemoPasswordCheck(accounts, encoder);

    private UserAccount account(String email, Role role, String password) {
        UserAccount account = new UserAccount(email, "Someone", role, Instant.EPOCH);
        account.setPasswordHash(encoder.encode(password));
        return account;
    }

    @Test
    void anAccountWithTheDemoPasswordStopsStartUp() {
        when(accounts.findDemoPasswordSuspects(Role.ADMIN, DemoPasswordCheck.DEMO_DOMAIN_PATTERN))
                .thenReturn(List.of(
                        account("boss@clinic.org", Role.ADMIN, "a long and private passphrase"),
                        account("admin@dyad.demo", Role.ADMIN, DemoPasswordCheck.DEMO_PASSWORD)));

        assertThatThrownBy(check::afterSingletonsInstantiated)
                .isInstanceOf(DemoPasswordInProductionException.class)
                .hasMessageContaining("admin@dyad.demo")
                .hasMessageNotContaining("boss@clinic.org");
    }

    @Test
    void accountsWithTheirOwnPasswordsStartNormally() {
        when(accounts.findDemoPasswordSuspects(Role.ADMIN, DemoPasswordCheck.DEMO_DOMAIN_PATTERN))
                .thenReturn(List.of(
                        account("boss@clinic.org", Role.ADMIN, "a long and private passphrase"),
                        account("maya@dyad.demo", Role.COUNSELOR, "changed after the demo was seeded here")));

        assertThatCode(check::afterSingletonsInstantiated).doesNotThrowAnyException();
    }
}
