package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery codes: how many, their shape, and that the stored hash does not care how a code is typed. */
class RecoveryCodesTest {

    @Test
    void tenDistinctCodesShapedLikeTwoGroupsOfFive() {
        List<String> codes = RecoveryCodes.newCodes();

        assertThat(codes).hasSize(RecoveryCodes.COUNT).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes).allSatisfy(code -> assertThat(code).matches("[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}"));
    }

    @Test
    void codesAvoidLookAlikeCharacters() {
        String all = String.join("", RecoveryCodes.newCodes()) + String.join("", RecoveryCodes.newCodes());

        assertThat(all).doesNotContainPattern("[01oil]");
    }

    @Test
    void normaliseIgnoresCaseDashAndSpaces() {
        assertThat(RecoveryCodes.normalise("AB3DE-FG4HJ")).isEqualTo("ab3defg4hj");
        assertThat(RecoveryCodes.normalise(" ab3de fg4hj ")).isEqualTo("ab3defg4hj");
        assertThat(RecoveryCodes.normalise("Ab3De-\tFg4Hj")).isEqualTo("ab3defg4hj");
    }

    @Test
    void theKeptHashIgnoresHowTheCodeWasTypedAndBelongsToOneAccountAndOneKey(@TempDir Path keys) {
        SecretCipher cipher = new SecretCipher("", keys.resolve("one.key"));
        SecretCipher otherKey = new SecretCipher("", keys.resolve("other.key"));
        String code = RecoveryCodes.newCodes().getFirst();
        String kept = cipher.recoveryCodeHash(7, RecoveryCodes.normalise(code));

        assertThat(kept)
                .matches("[0-9a-f]{64}")
                .isEqualTo(cipher.recoveryCodeHash(7, RecoveryCodes.normalise(code.toUpperCase(Locale.ROOT))))
                .isEqualTo(cipher.recoveryCodeHash(7, RecoveryCodes.normalise(code.replace("-", " "))))
                .isNotEqualTo(cipher.recoveryCodeHash(8, RecoveryCodes.normalise(code)))
                .isNotEqualTo(otherKey.recoveryCodeHash(7, RecoveryCodes.normalise(code)))
                .doesNotContain(RecoveryCodes.normalise(code));
    }

    @Test
    void onlyTenCharactersLookLikeARecoveryCode() {
        assertThat(RecoveryCodes.looksLikeOne("abcde-fghjk")).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("abcde-fghj")).isFalse();
    }
}
