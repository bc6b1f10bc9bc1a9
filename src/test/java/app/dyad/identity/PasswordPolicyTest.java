package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.identity.PasswordPolicy.PasswordRefusal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Length 12 to 128, not a common password, and hard enough to guess by zxcvbn's estimate with the person's own name
 * and email counted as known. The length tests use passwords zxcvbn finds strong, so they test the length alone.
 */
class PasswordPolicyTest {

    private static final PasswordPolicy policy = PasswordPolicy.withBundledList();
    private static final List<String> MAYA = PasswordPolicy.contextOf("Maya Lind", "maya.lind@clinic.example");

    private static Optional<String> refusal(String password) {
        return policy.violation(password, List.of()).map(PasswordRefusal::key);
    }

    @Test
    void shipsARealListOfMoreThanTenThousandCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(10_000);
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(refusal("maple-river")).contains("password.too-short");
        assertThat(refusal("maple-river7")).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        // 12 emoji are 24 UTF-16 units but 12 characters: long enough, and no more
        assertThat(refusal("🌿🦊🍋🎻🚲🌋🧭🐙🍄🎈🪁")).contains("password.too-short");
        assertThat(refusal("🌿🦊🍋🎻🚲🌋🧭🐙🍄🎈🪁🦉")).isEmpty();
    }

    @Test
    void acceptsOneHundredTwentyEightCharactersAndRefusesMore() {
        String words = "velvet harbour lantern quietly folds seven paper cranes beneath a copper moon while "
                + "distant orchards hum old tunes to wandering foxes tonight";
        assertThat(refusal(words.substring(0, 128))).isEmpty();
        assertThat(refusal(words.substring(0, 128) + "x")).contains("password.too-long");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(refusal("1qaz2wsx3edc")).contains("password.too-common");
        assertThat(refusal("1QAZ2WSX3EDC")).contains("password.too-common");
    }

    @Test
    void hasNoCompositionRules() {
        assertThat(refusal("only lowercase words here")).isEmpty();
    }

    /** Twelve characters of one letter met every rule before, and were accepted. */
    @Test
    void refusesARepeatedCharacterAndSaysWhy() {
        assertThat(policy.violation("aaaaaaaaaaaa", MAYA)).hasValueSatisfying(refused -> {
            assertThat(refused.key()).isEqualTo("password.too-guessable");
            // zxcvbn4j sees a run of one letter as a sequence ("aaa", step 0) and says so
            assertThat(refused.reason()).contains("easy to guess");
        });
    }

    @Test
    void refusesTheAppsOwnNameRepeatedAndSaysWhy() {
        assertThat(policy.violation("dyaddyaddyad1", MAYA)).hasValueSatisfying(refused -> {
            assertThat(refused.key()).isEqualTo("password.too-guessable");
            assertThat(refused.reason()).isNotBlank();
        });
    }

    @Test
    void refusesThePersonsOwnNameAndSaysSo() {
        assertThat(policy.violation("mayalind2026!!", MAYA)).hasValueSatisfying(refused -> {
            assertThat(refused.key()).isEqualTo("password.too-guessable");
            assertThat(refused.reason()).contains("your name");
        });
    }

    @Test
    void acceptsALongRandomPassphrase() {
        assertThat(policy.violation("copper-orchard-whistles-at-dawn", MAYA)).isEmpty();
        assertThat(policy.violation("tG7#vq2L!xp9Rw", MAYA)).isEmpty();
    }

    @Test
    void theContextHoldsTheNameItsPartsTheEmailItsLocalPartAndTheAppsName() {
        assertThat(MAYA)
                .contains(
                        "Maya Lind",
                        "Maya",
                        "Lind",
                        "maya.lind@clinic.example",
                        "maya.lind",
                        "maya",
                        "lind",
                        "dyad",
                        "Dyad");
    }
}
