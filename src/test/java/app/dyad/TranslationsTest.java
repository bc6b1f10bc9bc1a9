package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
