package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy policy = PasswordPolicy.withBundledList();

    @Test
    void shipsARealListOfMoreThanTenThousandCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(10_000);
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(policy.violation("maple-river")).contains("password.too-short");
        assertThat(policy.violation("maple-river7")).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        // 12 emoji are 24 UTF-16 units but 12 characters: long enough, and no more
        assertThat(policy.violation("🌿".repeat(11))).contains("password.too-short");
        assertThat(policy.violation("🌿".repeat(12))).isEmpty();
    }

    @Test
    void acceptsOneHundredTwentyEightCharactersAndRefusesMore() {
        assertThat(policy.violation("a quiet lake ".repeat(10).substring(0, 128)))
                .isEmpty();
        assertThat(policy.violation("x".repeat(129))).contains("password.too-long");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.violation("1qaz2wsx3edc")).contains("password.too-common");
        assertThat(policy.violation("1QAZ2WSX3EDC")).contains("password.too-common");
    }

    @Test
    void hasNoCompositionRules() {
        assertThat(policy.violation("only lowercase words here")).isEmpty();
    }
}
