package app.dyad.sessions.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Moving a note's texts between shapes without losing a word. */
final class NoteTexts {

    private NoteTexts() {}

    /**
     * The texts for a template's sections; a text whose section that template lacks is added, under its section's
     * name, to the first section.
     */
    static Map<String, String> fitInto(List<String> keys, Map<String, String> texts, Function<String, String> label) {
        Map<String, String> fitted = new LinkedHashMap<>();
        keys.forEach(key -> fitted.put(key, texts.getOrDefault(key, "")));
        Map<String, String> homeless = new LinkedHashMap<>(texts);
        keys.forEach(homeless::remove);
        String extra = asOneText(homeless, label);
        if (!extra.isEmpty() && !keys.isEmpty()) {
            String first = fitted.get(keys.getFirst());
            fitted.put(keys.getFirst(), first.isBlank() ? extra : first + "\n\n" + extra);
        }
        return fitted;
    }

    /** All non-blank texts as one, each under its section's name (e.g. for an addendum). */
    static String asOneText(Map<String, String> texts, Function<String, String> label) {
        StringBuilder text = new StringBuilder();
        texts.forEach((key, value) -> {
            if (!value.isBlank()) {
                text.append(label.apply(key))
                        .append(":\n")
                        .append(value.strip())
                        .append("\n\n");
            }
        });
        return text.toString().strip();
    }
}
