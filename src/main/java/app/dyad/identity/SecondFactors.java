package app.dyad.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored side of two-step sign-in, for the services that decide who may use it: setting up, checking a code
 * (each time step once), using a recovery code (each once), removing everything. Secrets are opened only here and
 * only for the moment a code is checked.
 */
@Component
class SecondFactors {

    static final String ISSUER = "Dyad";

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecretCipher cipher;
    private final Clock clock;

    SecondFactors(
            SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes, SecretCipher cipher, Clock clock) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isSetUp(long accountId) {
        return factors.findById(accountId).filter(SecondFactor::isConfirmed).isPresent();
    }

    @Transactional(readOnly = true)
    Optional<Instant> setUpSince(long accountId) {
        return factors.findById(accountId).map(SecondFactor::confirmedAt);
    }

    @Transactional(readOnly = true)
    int recoveryCodesLeft(long accountId) {
        return recoveryCodes.countUnused(accountId);
    }

    @Transactional(readOnly = true)
    Set<Long> setUpAmong(Collection<Long> accountIds) {
        return factors.setUpAmong(accountIds);
    }

    /** A new secret to set up (replacing one shown earlier and never confirmed); refused once set up. */
    @Transactional
    TwoStepSetUp begin(long accountId, String email) {
        byte[] secret = AuthenticatorCodes.newSecret();
        byte[] sealed = cipher.seal(secret, accountId);
        Optional<SecondFactor> existing = factors.findById(accountId);
        if (existing.isPresent()) {
            existing.get().replaceUnconfirmedSecret(sealed, clock.instant());
        } else {
            factors.save(new SecondFactor(accountId, sealed, clock.instant()));
        }
        String base32 = new Base32().encodeAsString(secret).replace("=", "");
        return new TwoStepSetUp(base32, otpauthUri(email, base32));
    }

    /**
     * Confirms the setting up with a current code: the new recovery codes, shown once, or empty when the code is
     * wrong (or nothing is being set up).
     */
    @Transactional
    Optional<List<String>> confirm(long accountId, String typed) {
        Optional<SecondFactor> pending = factors.findById(accountId).filter(factor -> !factor.isConfirmed());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        SecondFactor factor = pending.get();
        OptionalLong step =
                AuthenticatorCodes.matchingStep(cipher.open(factor.secretSealed(), accountId), typed, clock.instant());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        factor.confirm(clock.instant(), step.getAsLong());
        return Optional.of(newRecoveryCodes(accountId));
    }

    /** Whether {@code typed} is a current code not accepted before; if so, it can never be accepted again. */
    @Transactional
    boolean acceptCode(long accountId, String typed) {
        Optional<SecondFactor> factor = factors.findById(accountId).filter(SecondFactor::isConfirmed);
        if (factor.isEmpty()) {
            return false;
        }
        OptionalLong step = AuthenticatorCodes.matchingStep(
                cipher.open(factor.get().secretSealed(), accountId), typed, clock.instant());
        return step.isPresent() && factors.acceptStep(accountId, step.getAsLong()) == 1;
    }

    /** Whether {@code typed} is one of the person's unused recovery codes; if so, it is used up. */
    @Transactional
    boolean useRecoveryCode(long accountId, String typed) {
        return isSetUp(accountId)
                && recoveryCodes.use(accountId, recoveryCodeHash(accountId, typed), clock.instant()) == 1;
    }

    /** Removes the second step and its recovery codes; whether there was one. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean remove(long accountId) {
        recoveryCodes.deleteForAccount(accountId);
        return factors.deleteForAccount(accountId) > 0;
    }

    private String recoveryCodeHash(long accountId, String typed) {
        return cipher.recoveryCodeHash(accountId, RecoveryCodes.normalise(typed));
    }

    private List<String> newRecoveryCodes(long accountId) {
        recoveryCodes.deleteForAccount(accountId);
        List<String> codes = RecoveryCodes.newCodes();
        recoveryCodes.saveAll(codes.stream()
                .map(code -> new RecoveryCode(accountId, recoveryCodeHash(accountId, code)))
                .toList());
        return codes;
    }

    /** The address an authenticator app reads from the QR code (Google's Key Uri Format). */
    static String otpauthUri(String email, String base32Secret) {
        String label = encode(ISSUER) + ":" + encode(email);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + AuthenticatorCodes.DIGITS + "&period="
                + AuthenticatorCodes.STEP.getSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
