package app.dyad.sessions;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The counselor's note of a session: a draft until signed, then final. Nothing here changes a signed note, and
 * the database's triggers refuse it too.
 */
@Entity
@Table(name = "session_note")
class SessionNote extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "couple_id", nullable = false)
    private long coupleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NoteTemplate template;

    /** The sections' texts as a JSON object, in the template's order. */
    @Column(nullable = false, columnDefinition = "longtext")
    private String sections;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "signed_by")
    private @Nullable Long signedBy;

    @Column(name = "signed_at")
    private @Nullable Instant signedAt;

    @Column(name = "content_sha256", length = 64)
    private @Nullable String contentSha256;

    protected SessionNote() {
        this.template = NoteTemplate.COUPLES_DAP;
        this.sections = "{}";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    SessionNote(long sessionId, long coupleId, long authorId, Instant now) {
        this.sessionId = sessionId;
        this.coupleId = coupleId;
        this.authorId = authorId;
        this.template = NoteTemplate.COUPLES_DAP;
        this.sections = "{}";
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(NoteTemplate template, String sectionsJson, Instant now) {
        requireDraft();
        this.template = template;
        this.sections = sectionsJson;
        this.updatedAt = now;
    }

    void sign(long signer, Instant at, String sha256) {
        requireDraft();
        this.signedBy = signer;
        this.signedAt = at;
        this.contentSha256 = sha256;
    }

    private void requireDraft() {
        if (isSigned()) {
            throw new IllegalStateException("A signed note is final; corrections are addenda");
        }
    }

    boolean isSigned() {
        return signedAt != null;
    }

    long id() {
        Long id = getId();
        return id == null ? 0 : id;
    }

    long sessionId() {
        return sessionId;
    }

    long coupleId() {
        return coupleId;
    }

    NoteTemplate template() {
        return template;
    }

    String sections() {
        return sections;
    }

    long authorId() {
        return authorId;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    Long signedBy() {
        return signedBy;
    }

    @Nullable
    Instant signedAt() {
        return signedAt;
    }

    @Nullable
    String contentSha256() {
        return contentSha256;
    }
}
