package app.dyad.sessions;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A signed correction or later addition to a signed note; written once, signed as it is written. */
@Entity
@Immutable
@Table(name = "note_addendum")
class NoteAddendum extends AbstractEntity {

    @Column(name = "note_id", nullable = false)
    private long noteId;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    protected NoteAddendum() {
        this.text = "";
        this.signedAt = Instant.EPOCH;
        this.contentSha256 = "";
    }

    NoteAddendum(long noteId, String text, long authorId, Instant signedAt, String contentSha256) {
        this.noteId = noteId;
        this.text = text;
        this.authorId = authorId;
        this.signedAt = signedAt;
        this.contentSha256 = contentSha256;
    }

    long noteId() {
        return noteId;
    }

    String text() {
        return text;
    }

    long authorId() {
        return authorId;
    }

    Instant signedAt() {
        return signedAt;
    }

    String contentSha256() {
        return contentSha256;
    }
}
