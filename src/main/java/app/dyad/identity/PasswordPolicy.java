package app.dyad.identity;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dyad's password rule (NIST SP 800-63B): 12 to 128 characters, no composition rules, not one of the most common
 * passwords (the list ships with the app: zxcvbn's 49,000 most common passwords), and hard enough to guess by
 * zxcvbn's estimate, with the person's own name and email and the app's name counted as the first guesses. Length
 * alone let "aaaaaaaaaaaa" through; the estimate catches repeats, sequences, keyboard rows, dates and one's own name.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    /**
     * zxcvbn's score 3 ("safely unguessable", about 10^8 guesses and more): enough behind Argon2id and the sign-in
     * lockout, which rule out online guessing at scale. Score 4 refuses many honest passphrases of three words.
     */
    static final int MIN_SCORE = 3;

    private static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    /** The reason is shown in English whatever the UI language: zxcvbn's feedback, as the library words it. */
    private static final Locale FEEDBACK_LOCALE = Locale.ENGLISH;

    /** zxcvbn's name for the dictionary of the words passed with the password. */
    private static final String USER_INPUTS = "user_inputs";

    private static final String OWN_NAME =
            "It contains your name, your email or the app's name, " + "which are the first things anyone would try.";

    private final Set<String> commonPasswords;
    /** Holds zxcvbn's standard dictionaries and keyboards; each measure call keeps its own state. */
    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Why a password is refused: a translation key, and for the strength estimate a sentence saying why. */
    record PasswordRefusal(String key, String reason) {}

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

    /**
     * What an attacker who knows the person tries first: the display name and its parts, the email and its local
     * part (and that part's pieces), and the app's name.
     */
    static List<String> contextOf(String displayName, String email) {
        Set<String> words = new LinkedHashSet<>();
        words.add(displayName.strip());
        words.addAll(List.of(displayName.strip().split("\\s+")));
        words.add(email.strip());
        String localPart = email.strip().replaceFirst("@.*$", "");
        words.add(localPart);
        words.addAll(List.of(localPart.split("[._+\\-]+")));
        words.add("dyad");
        words.add("Dyad");
        words.removeIf(String::isBlank);
        return List.copyOf(words);
    }

    int commonPasswordCount() {
        return commonPasswords.size();
    }

    /**
     * The first rule the password breaks, or empty when it is acceptable. {@code context} holds words the person is
     * known by (see {@link #contextOf}): a password built from them is refused.
     */
    Optional<PasswordRefusal> violation(String password, List<String> context) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new PasswordRefusal("password.too-short", ""));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new PasswordRefusal("password.too-long", ""));
        }
        if (commonPasswords.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(new PasswordRefusal("password.too-common", ""));
        }
        Strength strength = zxcvbn.measure(password, context);
        if (strength.getScore() < MIN_SCORE || mostlyOwnWords(strength, password.length())) {
            return Optional.of(new PasswordRefusal("password.too-guessable", reason(strength)));
        }
        return Optional.empty();
    }

    /**
     * Whether the person's own words (name, email, the app's name) make up half the password or more. zxcvbn prices
     * the rest as random characters, so "mayalind2026!!" scored 4; NIST SP 800-63B asks to refuse such
     * context-specific words, and an attacker who targets the person tries them first.
     */
    private static boolean mostlyOwnWords(Strength strength, int length) {
        int own = strength.getSequence().stream()
                .filter(PasswordPolicy::isOwnWord)
                .mapToInt(Match::tokenLength)
                .sum();
        return own * 2 >= length;
    }

    private static boolean isOwnWord(Match match) {
        return match.pattern == Pattern.Dictionary && USER_INPUTS.equals(match.dictionaryName);
    }

    /** zxcvbn's warning and first suggestion, after a sentence on the person's own words if the password uses them. */
    private static String reason(Strength strength) {
        boolean ownName = strength.getSequence().stream().anyMatch(PasswordPolicy::isOwnWord);
        Feedback feedback = strength.getFeedback();
        List<String> sentences = new ArrayList<>();
        if (ownName) {
            sentences.add(OWN_NAME);
        }
        String warning = feedback.getWarning(FEEDBACK_LOCALE);
        if (warning != null && !warning.isBlank()) {
            sentences.add(warning);
        }
        feedback.getSuggestions(FEEDBACK_LOCALE).stream()
                .filter(suggestion -> !suggestion.isBlank())
                .findFirst()
                .ifPresent(sentences::add);
        if (sentences.isEmpty()) {
            sentences.add("Add another word or two. Uncommon words are better.");
        }
        return String.join(" ", sentences).strip();
    }
}
