package app.dyad.sessions;

import java.util.Map;

/**
 * The counselor's text of a note, with the version they started from ({@code -1} for a note not yet saved), so
 * a save made on an older version is refused instead of overwriting someone's words.
 */
public record NoteDraft(NoteTemplate template, Map<String, String> sections, long expectedVersion) {

    @Override
    public String toString() {
        return "NoteDraft[" + template + ", version=" + expectedVersion + "]";
    }
}
