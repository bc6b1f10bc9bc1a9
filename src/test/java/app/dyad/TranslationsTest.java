package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.GoalVisibility;
import app.dyad.couples.SecretsPolicy;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseMode;
import app.dyad.exercises.ExerciseOrigin;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.PromptKind;
import app.dyad.exercises.Visibility;
import app.dyad.identity.Role;
import app.dyad.sessions.CancelledBy;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build fails on UI text without a translation: every key the code names must exist. */
class TranslationsTest {

    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation\\(|title = |message = |key = |InvalidInputException\\.of\\(\"\\w+\", )\"([a-z][\\w.-]+)\"");

    @Test
    void everyKeyUsedInTheCodeHasATranslation() throws IOException {
        Properties translations = translations();
        Set<String> used = usedKeys();
        assertThat(used).hasSizeGreaterThan(50);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(translations.stringPropertyNames());
        assertThat(missing).as("keys without a translation").isEmpty();
    }

    @Test
    void everyRoleHasAName() throws IOException {
        Properties translations = translations();
        for (Role role : Role.values()) {
            assertThat(translations).containsKey("role." + role.name());
        }
    }

    /** Enums shown by name, under the key prefix the code puts before the name. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_KEYS = Map.ofEntries(
            Map.entry("audit.action.", AuditAction.class),
            Map.entry("audit.outcome.", AuditOutcome.class),
            Map.entry("couple.policy.", SecretsPolicy.class),
            Map.entry("couples.set-status.", CoupleStatus.class),
            Map.entry("couples.status.", CoupleStatus.class),
            Map.entry("exercise.mode.", ExerciseMode.class),
            Map.entry("exercise.origin.", ExerciseOrigin.class),
            Map.entry("goals.visibility-long.", GoalVisibility.class),
            Map.entry("goals.visibility.", GoalVisibility.class),
            Map.entry("homework.audience.", Audience.class),
            Map.entry("homework.recurrence.", NewAssignment.Recurrence.class),
            Map.entry("homework.visibility-long.", Visibility.class),
            Map.entry("homework.visibility.", Visibility.class),
            Map.entry("note.template.", NoteTemplate.class),
            Map.entry("prompt.kind.", PromptKind.class),
            Map.entry("role.", Role.class),
            Map.entry("session.cancelled-by.", CancelledBy.class),
            Map.entry("session.format.", SessionFormat.class),
            Map.entry("session.place-hint.", SessionFormat.class),
            Map.entry("session.place.", SessionFormat.class),
            Map.entry("session.status.", SessionStatus.class));

    private static final Pattern ENUM_KEY_USE =
            Pattern.compile("getTranslation\\(\"([a-z][\\w.-]*\\.)\" \\+ [\\w.()]+\\.name\\(\\)");

    @Test
    void everyEnumShownByNameHasATextForEachValue() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = ENUM_KEY_USE.matcher(Files.readString(file));
                while (matcher.find()) {
                    prefixes.add(matcher.group(1));
                }
            }
        }
        assertThat(prefixes)
                .as("prefixes put before an enum's name in the code")
                .hasSizeGreaterThan(10);
        assertThat(ENUM_KEYS.keySet())
                .as("every such prefix is listed here with its enum")
                .containsAll(prefixes);
        Properties translations = translations();
        Set<String> missing = new TreeSet<>();
        ENUM_KEYS.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!translations.containsKey(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        assertThat(missing).as("enum values shown without a text").isEmpty();
    }

    private static Properties translations() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_USE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) { // a prefix completed in code, e.g. "role." + name
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }
}
