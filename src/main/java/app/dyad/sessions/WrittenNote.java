package app.dyad.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A session's note as its counselor reads it. {@code version} is what a later save must carry; a note not yet
 * written has version -1. {@code sections} holds every section of the template, in order, blank ones included.
 */
public record WrittenNote(
        long sessionId,
        long version,
        NoteTemplate template,
        Map<String, String> sections,
        @Nullable Instant savedAt,
        @Nullable Signature signature,
        List<Addendum> addenda,
        @Nullable CoSignature coSignature) {

    /** The longest a section (or an addendum) may be, in characters. */
    public static final int SECTION_MAX_LENGTH = 20_000;

    /** Who signed, when (UTC), the SHA-256 of what they signed, and whether the stored text still matches it. */
    public record Signature(long signerId, String signerName, Instant signedAt, String sha256, boolean intact) {}

    /** A signed addendum under the note. */
    public record Addendum(
            long id, String text, long authorId, String authorName, Instant signedAt, String sha256, boolean intact) {}

    /**
     * A note that needs its signer's supervisor to co-sign it. {@code supervisorName}: who is named now (null if
     * nobody is); {@code version}: what a return or co-signature must carry; the co-signer's fields once co-signed,
     * with the hash over the note's and the first {@code addendaCovered} addenda's hashes.
     */
    public record CoSignature(
            CoSignState state,
            long version,
            @Nullable String supervisorName,
            boolean answered,
            @Nullable String returnedByName,
            @Nullable Instant returnedAt,
            @Nullable String returnComment,
            @Nullable String coSignerName,
            @Nullable Instant coSignedAt,
            int addendaCovered,
            @Nullable String sha256,
            boolean intact) {}

    public boolean isSigned() {
        return signature != null;
    }

    public boolean isBlank() {
        return sections.values().stream().allMatch(String::isBlank);
    }

    @Override
    public String toString() {
        return "WrittenNote[session=" + sessionId + ", version=" + version + "]";
    }
}
