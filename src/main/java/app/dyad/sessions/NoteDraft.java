package app.dyad.sessions;

import app.dyad.base.InvalidInputException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counselor's text of a note, with the version they started from ({@code -1} for a note not yet saved), so
 * a save made on an older version is refused instead of overwriting someone's words.
 */
public record NoteDraft(NoteTemplate template, Map<String, String> sections, long expectedVersion) {

    /** The template's sections in order, each the counselor's text or blank; anything else is refused. */
    Map<String, String> cleanSections(List<Long> attending) {
        List<String> keys = template.sections(attending);
        Set<String> unknown = new HashSet<>(sections.keySet());
        keys.forEach(unknown::remove);
        if (unknown.stream().anyMatch(k -> !sections.getOrDefault(k, "").isBlank())) {
            throw InvalidInputException.of("note", "note.section-unknown");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        for (String key : keys) {
            String text = sections.getOrDefault(key, "");
            if (text.length() > WrittenNote.SECTION_MAX_LENGTH) {
                throw InvalidInputException.tooLong(key, WrittenNote.SECTION_MAX_LENGTH);
            }
            clean.put(key, text);
        }
        return clean;
    }

    @Override
    public String toString() {
        return "NoteDraft[" + template + ", version=" + expectedVersion + "]";
    }
}
