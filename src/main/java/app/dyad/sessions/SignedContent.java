package app.dyad.sessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a signature covers, written out unambiguously (every text carries its length) and hashed with SHA-256.
 * An addendum's hash includes its note's hash, so the note and its addenda form one chain.
 */
final class SignedContent {

    private SignedContent() {}

    /**
     * The note's hash over the session it records (when, how, where, who) and its sections in key order, so the
     * hash never depends on how the sections happen to be stored.
     */
    static String ofNote(
            long noteId,
            CounsellingSession session,
            NoteTemplate template,
            Map<String, String> sections,
            long signer,
            Instant signedAt) {
        StringBuilder content = new StringBuilder("dyad-session-note-v1\n")
                .append("note:")
                .append(noteId)
                .append('\n')
                .append("session:")
                .append(session.id())
                .append('\n')
                .append("couple:")
                .append(session.coupleId())
                .append('\n')
                .append("starts:")
                .append(session.startsAt())
                .append('\n')
                .append("ends:")
                .append(session.endsAt())
                .append('\n')
                .append("format:")
                .append(session.format().name())
                .append('\n')
                .append("attendee:")
                .append(session.attendeePartnerId() == null ? "both" : session.attendeePartnerId())
                .append('\n');
        field(content, "place", session.place() == null ? "" : session.place());
        content.append("template:").append(template.name()).append('\n');
        new TreeMap<>(sections).forEach((key, text) -> field(content, "section:" + key, text));
        content.append("signed-by:")
                .append(signer)
                .append('\n')
                .append("signed-at:")
                .append(signedAt)
                .append('\n');
        return sha256(content.toString());
    }

    static String ofAddendum(long noteId, String noteSha256, String text, long author, Instant signedAt) {
        StringBuilder content = new StringBuilder("dyad-note-addendum-v1\n")
                .append("note:")
                .append(noteId)
                .append('\n')
                .append("note-sha256:")
                .append(noteSha256)
                .append('\n');
        field(content, "text", text);
        content.append("signed-by:")
                .append(author)
                .append('\n')
                .append("signed-at:")
                .append(signedAt)
                .append('\n');
        return sha256(content.toString());
    }

    /**
     * A supervisor's co-signature: over the note's hash and the hashes of the addenda signed so far, in order, so it
     * vouches for exactly what the supervisor read; then who co-signed and when.
     */
    static String ofCoSignature(
            long noteId, String noteSha256, List<String> addendaSha256, long coSigner, Instant coSignedAt) {
        StringBuilder content = new StringBuilder("dyad-note-co-signature-v1\n")
                .append("note:")
                .append(noteId)
                .append('\n')
                .append("note-sha256:")
                .append(noteSha256)
                .append('\n')
                .append("addenda:")
                .append(addendaSha256.size())
                .append('\n');
        addendaSha256.forEach(
                sha -> content.append("addendum-sha256:").append(sha).append('\n'));
        content.append("co-signed-by:")
                .append(coSigner)
                .append('\n')
                .append("co-signed-at:")
                .append(coSignedAt)
                .append('\n');
        return sha256(content.toString());
    }

    private static void field(StringBuilder content, String name, String text) {
        content.append(name)
                .append(':')
                .append(text.length())
                .append(':')
                .append(text)
                .append('\n');
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
