package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** RFC 6238 codes with fixed instants: the test vectors, the one-step tolerance and what counts as a code. */
class AuthenticatorCodesTest {

    /** The SHA-1 secret of RFC 6238's appendix B. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static final Instant T59 = Instant.ofEpochSecond(59);
    private static final Instant T1111111109 = Instant.ofEpochSecond(1111111109L);

    private static Instant steps(Instant instant, long steps) {
        return instant.plus(AuthenticatorCodes.STEP.multipliedBy(steps));
    }

    @Test
    void codesAreTheLastSixDigitsOfTheRfc6238TestVectors() {
        // RFC 6238 lists 8 digits: 94287082 and 07081804
        assertThat(AuthenticatorCodes.codeAt(RFC_SECRET, T59)).isEqualTo("287082");
        assertThat(AuthenticatorCodes.codeAt(RFC_SECRET, T1111111109)).isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedInItsStepAndOneStepEitherSide() {
        long step = AuthenticatorCodes.stepOf(T1111111109);

        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "081804", T1111111109))
                .isEqualTo(OptionalLong.of(step));
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "081804", steps(T1111111109, 1)))
                .isEqualTo(OptionalLong.of(step));
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "081804", steps(T1111111109, -1)))
                .isEqualTo(OptionalLong.of(step));
    }

    @Test
    void aCodeIsRefusedTwoStepsAwayEitherSide() {
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "081804", steps(T1111111109, 2)))
                .isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "081804", steps(T1111111109, -2)))
                .isEmpty();
    }

    @Test
    void theMatchingStepIsTheCodesOwnNotNows() {
        Instant now = Instant.parse("2026-03-01T10:00:15Z");
        byte[] secret = AuthenticatorCodes.newSecret();
        long nowStep = AuthenticatorCodes.stepOf(now);

        for (int offset = -1; offset <= 1; offset++) {
            String code = AuthenticatorCodes.codeAt(secret, steps(now, offset));
            assertThat(AuthenticatorCodes.matchingStep(secret, code, now))
                    .as("code of step %+d", offset)
                    .isEqualTo(OptionalLong.of(nowStep + offset));
        }
    }

    @Test
    void spacesInTheTypedCodeAreIgnored() {
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, " 081 804 ", T1111111109))
                .isPresent();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "081\t804", T1111111109))
                .isPresent();
    }

    @Test
    void anythingButSixDigitsIsRefused() {
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "81804", T1111111109))
                .isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "0081804", T1111111109))
                .isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "07081804", T1111111109))
                .isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "08180a", T1111111109))
                .isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "081-804", T1111111109))
                .isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "", T1111111109)).isEmpty();
        // Arabic-Indic digits for 081804 are digits to Character.isDigit, but no app shows them
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "٠٨١٨٠٤", T1111111109))
                .isEmpty();
    }

    @Test
    void digitsAreAsciiWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));

            String code = AuthenticatorCodes.codeAt(RFC_SECRET, T1111111109);
            assertThat(code).isEqualTo("081804").matches("[0-9]{6}");
            assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "081804", T1111111109))
                    .isPresent();
        } finally {
            Locale.setDefault(before);
        }
    }
}
