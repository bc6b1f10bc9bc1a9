package app.dyad.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dyad's password rule (NIST SP 800-63B): 12 to 128 characters, no composition rules, and not one of
 * the most common passwords. The list ships with the app (zxcvbn's 49,000 most common passwords).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    private final Set<String> commonPasswords;

    private PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    static PasswordPolicy withBundledList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>(64_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .forEach(words::add);
            }
            return new PasswordPolicy(Set.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int commonPasswordCount() {
        return commonPasswords.size();
    }

    /** The translation key of the first rule the password breaks, or empty when it is acceptable. */
    Optional<String> violation(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        if (commonPasswords.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }
}
