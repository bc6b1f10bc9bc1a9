package app.dyad.sessions.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * "Keep both texts" of one section: the saved text, then the lines this page added since it last saved ({@code
     * base}) that the saved text does not already hold. A line edited here counts as added, so both versions of it
     * are kept. Because a line already saved is never added again, choosing "keep both" in two tabs, one after the
     * other, keeps each tab's words once.
     */
    static String keepBoth(String base, String saved, String mine) {
        if (mine.isBlank() || mine.strip().equals(base.strip()) || saved.contains(mine.strip())) {
            return saved;
        }
        if (saved.isBlank()) {
            return mine;
        }
        Set<String> known = new HashSet<>();
        base.lines().map(String::strip).forEach(known::add);
        saved.lines().map(String::strip).forEach(known::add);
        StringBuilder added = new StringBuilder();
        boolean follows = false; // the previous line of this page was added too: keep them together
        for (String line : mine.lines().toList()) {
            boolean isNew = !line.isBlank() && !known.contains(line.strip());
            if (isNew) {
                added.append(added.isEmpty() ? "" : follows ? "\n" : "\n\n").append(line.stripTrailing());
            }
            follows = isNew;
        }
        return added.isEmpty() ? saved : saved.stripTrailing() + "\n\n" + added;
    }
}
