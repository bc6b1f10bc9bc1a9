package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.checkins.Cadence;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.GoalVisibility;
import app.dyad.couples.SecretsPolicy;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseMode;
import app.dyad.exercises.ExerciseOrigin;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.PromptKind;
import app.dyad.exercises.PromptView;
import app.dyad.exercises.ResponseState;
import app.dyad.exercises.Visibility;
import app.dyad.identity.Role;
import app.dyad.sessions.CancelledBy;
import app.dyad.sessions.CoSignState;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.Recurrence;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
    void noMessageHasAStraightApostropheThatMessageFormatWouldSwallow() throws IOException {
        // "your clinic's admin" showed as "your clinics admin": MessageFormat reads ' as a quote
        Properties translations = translations();
        assertThat(translations.stringPropertyNames())
                .filteredOn(
                        key -> translations.getProperty(key).replace("''", "").contains("'"))
                .as("messages with ' (write ’ instead)")
                .isEmpty();
    }

    @Test
    void everyRoleHasAName() throws IOException {
        Properties translations = translations();
        for (Role role : Role.values()) {
            assertThat(translations).containsKey("role." + role.name());
        }
    }

    /**
     * Keys the code completes at run time: the prefix it writes, and every ending it can put after it. An enum
     * registered here must have a text for each of its constants; a new prefix must be added here, or
     * {@link #everyKeyBuiltAtRunTimeIsRegistered()} fails.
     */
    private static final Map<String, Collection<String>> DYNAMIC_KEYS = Map.ofEntries(
            byName("audit.action.", AuditAction.class),
            byName("audit.outcome.", AuditOutcome.class),
            byName("checkins.cadence.", Cadence.class),
            byName("checkins.form.who.", Visibility.class),
            byName("checkins.visibility.", Visibility.class),
            byName("couple.policy.", SecretsPolicy.class),
            byName("couples.set-status.", CoupleStatus.class),
            byName("couples.status.", CoupleStatus.class),
            byName("exercise.mode.", ExerciseMode.class),
            byName("exercise.origin.", ExerciseOrigin.class),
            byName("exercise.visibility.", Visibility.class),
            byName("goals.visibility-long.", GoalVisibility.class),
            byName("goals.visibility.", GoalVisibility.class),
            byName("homework.audience.", Audience.class),
            byName("homework.recurrence.", NewAssignment.Recurrence.class),
            byName("homework.visibility-long.", Visibility.class),
            byName("homework.visibility.", Visibility.class),
            byName("my.exercise.who-now.", Visibility.class),
            byName("my.exercise.who.", Visibility.class),
            byName("note.template.", NoteTemplate.class),
            byName("prompt.kind.", PromptKind.class),
            byName("role.", Role.class),
            byName("session.cancelled-by.", CancelledBy.class),
            byName("session.format.", SessionFormat.class),
            byName("session.place-hint.", SessionFormat.class),
            byName("session.place.", SessionFormat.class),
            byName("session.status.", SessionStatus.class),
            byName("session.repeat.", Recurrence.Every.class),
            // Exercise.sourceArticle is one of these three (see Exercise.create).
            Map.entry("exercise.source.", List.of("A", "B", "A+B")),
            Map.entry("form.", PromptView.YES_NO),
            // A partner's own section has its own key (note.hint.partner, note.section.partner).
            Map.entry("note.hint.", fixedNoteSections()),
            // the records' own choices (RecordExportTest prints every record with every key it names)
            Map.entry("records.assignment-status.", List.of("ACTIVE", "CANCELLED")),
            Map.entry("records.attendance.", List.of("JOINT", "INDIVIDUAL")),
            Map.entry("records.integrity.", List.of("INTACT", "CHANGED")),
            Map.entry("records.asked.", List.of("YES", "NO")),
            byName("records.co-sign-state.", CoSignState.class),
            byName("records.response-state.", ResponseState.class),
            byName("records.visibility.", Visibility.class),
            Map.entry("note.section.", fixedNoteSections()));

    /**
     * Keys that reach getTranslation in a variable, and where they are written: those places name the key
     * as a constant the scan of {@link #KEY_USE} or {@link #everyKeyUsedInTheCodeHasATranslation()} sees.
     */
    private static final Map<String, String> PASSED_KEYS = Map.ofEntries(
            Map.entry("message.key()", "InvalidInputException.of(field, \"key\") and FieldMessage constants"),
            Map.entry("first.key()", "InvalidInputException.of(field, \"key\")"),
            Map.entry("key", "a local chosen among literal keys a few lines above"),
            Map.entry("labelKey", "a literal key passed by the caller in the same class"),
            Map.entry("titleKey", "a literal key passed by the caller in the same class"),
            Map.entry("entry.title()", "@Menu(title = \"key\")"),
            Map.entry("tab.titleKey()", "case tabs: titleKey() returns a literal key"),
            Map.entry("loginKey(partner.signIn())", "CoupleHeader.loginKey: a switch over literal keys"),
            Map.entry(
                    "choice.labelKey()", "ReminderKind.labelKey: a literal key in each ReminderSource (RemindersTest)"),
            Map.entry("kindLabelKey", "ReminderKind.labelKey: a literal key in each ReminderSource (RemindersTest)"),
            Map.entry(
                    "recordKey",
                    "RecordTexts.text: a literal key in a RecordSection or RecordExporter; RecordExportTest prints every"
                            + " record through translations.properties and fails on a missing key"));

    @Test
    void everyKeyBuiltAtRunTimeIsRegistered() throws IOException {
        Set<String> unregistered = new TreeSet<>();
        for (Call call : calls()) {
            switch (call.kind()) {
                case CONSTANT, CHOICE -> {}
                case PREFIXED ->
                    call.literals().stream()
                            .filter(prefix -> !DYNAMIC_KEYS.containsKey(prefix))
                            .forEach(prefix -> unregistered.add(call.where() + ": " + call.argument()));
                case PASSED -> {
                    if (!PASSED_KEYS.containsKey(call.argument())) {
                        unregistered.add(call.where() + ": " + call.argument());
                    }
                }
            }
        }
        assertThat(unregistered)
                .as("getTranslation calls whose key is built at run time: register the prefix in DYNAMIC_KEYS"
                        + " (or the variable in PASSED_KEYS)")
                .isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeHasATranslation() throws IOException {
        Properties translations = translations();
        Set<String> missing = new TreeSet<>();
        DYNAMIC_KEYS.forEach((prefix, endings) -> {
            for (String ending : endings) {
                if (!translations.containsKey(prefix + ending)) {
                    missing.add(prefix + ending);
                }
            }
        });
        assertThat(missing)
                .as("keys the code can build at run time without a translation")
                .isEmpty();
    }

    @Test
    void everyKeyChosenAmongConstantsHasATranslation() throws IOException {
        Properties translations = translations();
        Set<String> missing = new TreeSet<>();
        for (Call call : calls()) {
            if (call.kind() == Kind.CONSTANT || call.kind() == Kind.CHOICE) {
                call.literals().stream()
                        .filter(key -> !translations.containsKey(key))
                        .forEach(key -> missing.add(call.where() + ": " + key));
            }
        }
        assertThat(missing)
                .as("keys written in a getTranslation call without a translation")
                .isEmpty();
    }

    @Test
    void theScanSeesEveryKindOfCall() throws IOException {
        List<Call> calls = calls();
        assertThat(calls).extracting(Call::kind).contains(Kind.values());
        assertThat(calls)
                .filteredOn(call -> call.kind() == Kind.PREFIXED)
                .extracting(Call::argument)
                .contains("\"audit.action.\" + r.action().name()");
    }

    private static Map.Entry<String, Collection<String>> byName(String prefix, Class<? extends Enum<?>> type) {
        return Map.entry(
                prefix, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static List<String> fixedNoteSections() {
        return Arrays.stream(NoteTemplate.values())
                .flatMap(template -> template.sections(List.of()).stream())
                .distinct()
                .toList();
    }

    /** How a getTranslation call names its key. */
    private enum Kind {
        /** {@code "a.key"} */
        CONSTANT,
        /** {@code cond ? "a.key" : "b.key"} */
        CHOICE,
        /** {@code "a.prefix." + value}: the literals are the prefixes. */
        PREFIXED,
        /** {@code key}, {@code message.key()}: the key is written elsewhere. */
        PASSED
    }

    private record Call(String where, String argument, Kind kind, List<String> literals) {}

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Every getTranslation call in the main code, with its first argument read across line breaks. */
    private static List<Call> calls() throws IOException {
        List<Call> calls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                int at = source.indexOf("getTranslation(");
                while (at >= 0) {
                    String argument = firstArgument(source, at + "getTranslation(".length())
                            .replaceAll("\\s+", " ")
                            .strip();
                    String where = file.getFileName() + ":"
                            + (source.substring(0, at).lines().count());
                    calls.add(classify(where, argument));
                    at = source.indexOf("getTranslation(", at + 1);
                }
            }
        }
        return calls;
    }

    private static Call classify(String where, String argument) {
        List<String> literals = new ArrayList<>();
        Matcher matcher = LITERAL.matcher(argument);
        while (matcher.find()) {
            literals.add(matcher.group(1));
        }
        String code = LITERAL.matcher(argument).replaceAll("\"\"");
        Kind kind;
        if (code.equals("\"\"")) {
            kind = Kind.CONSTANT;
        } else if (literals.isEmpty()) {
            kind = Kind.PASSED;
        } else if (code.contains("+")) {
            kind = Kind.PREFIXED;
        } else {
            kind = Kind.CHOICE;
        }
        return new Call(where, argument, kind, literals);
    }

    /** The text from {@code start} up to the call's first top-level comma or its closing parenthesis. */
    private static String firstArgument(String source, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if ((c == ')' || c == ',') && depth == 0) {
                return source.substring(start, i);
            } else if (c == ')') {
                depth--;
            }
        }
        throw new IllegalStateException("unbalanced getTranslation call at " + start);
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
