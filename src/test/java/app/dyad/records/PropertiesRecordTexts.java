package app.dyad.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

/**
 * The record's words straight from {@code translations.properties}, failing on a key that has none: a record's labels
 * are keys its sections name, so every export test checks that each one it prints is translated.
 */
public final class PropertiesRecordTexts implements RecordTexts {

    private final Properties translations = new Properties();

    public PropertiesRecordTexts() {
        try (InputStream in = PropertiesRecordTexts.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            translations.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String text(String key, Object... arguments) {
        String pattern = translations.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("no translation for " + key);
        }
        return new MessageFormat(pattern, Locale.UK).format(arguments);
    }

    @Override
    public String date(LocalDate date) {
        return date.toString();
    }

    @Override
    public String dateTime(Instant instant) {
        return instant.toString();
    }
}
