package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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
    void theHashIsStableAndIgnoresHowTheCodeWasTyped() {
        String code = RecoveryCodes.newCodes().getFirst();

        assertThat(RecoveryCodes.hash(code))
                .isEqualTo(RecoveryCodes.hash(code))
                .isEqualTo(RecoveryCodes.hash(code.toUpperCase(Locale.ROOT)))
                .isEqualTo(RecoveryCodes.hash(code.replace("-", " ")))
                .matches("[0-9a-f]{64}")
                .doesNotContain(RecoveryCodes.normalise(code));
        // SHA-256 of the normalised text, so a stored hash keeps working across releases
        assertThat(RecoveryCodes.hash("ABCDE-FGHJK"))
                .isEqualTo("22f3f00d7f9cfe6eeefa9b71bdcb093a9080fcf4981d2dbf932648fa15a2d793");
    }

    @Test
    void onlyTenCharactersLookLikeARecoveryCode() {
        assertThat(RecoveryCodes.looksLikeOne("abcde-fghjk")).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("abcde-fghj")).isFalse();
    }
}
