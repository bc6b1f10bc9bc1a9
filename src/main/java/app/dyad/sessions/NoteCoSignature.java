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
 * A signed note's need for its signer's supervisor to co-sign it: created when a supervised counselor signs, then
 * returned (with a comment) and answered any number of times, and co-signed once. Once co-signed, the database
 * refuses any change of the row.
 */
@Entity
@Table(name = "note_co_signature")
class NoteCoSignature extends AbstractEntity {

    @Column(name = "note_id", nullable = false)
    private long noteId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "couple_id", nullable = false)
    private long coupleId;

    @Column(name = "supervisee_id", nullable = false)
    private long superviseeId;

    @Column(name = "note_signed_at", nullable = false)
    private Instant noteSignedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CoSignState state;

    /** Whether the counselor has answered a return (the list shows such notes as answered). */
    @Column(nullable = false)
    private boolean answered;

    /**
     * Addenda signed while the note waits: each one changes the row (and its version), so a supervisor who read the
     * note before it cannot co-sign what they have not seen.
     */
    @Column(name = "addenda_seen", nullable = false)
    private int addendaSeen;

    @Column(name = "returned_by")
    private @Nullable Long returnedBy;

    @Column(name = "returned_at")
    private @Nullable Instant returnedAt;

    @Column(name = "return_comment", columnDefinition = "text")
    private @Nullable String returnComment;

    @Column(name = "co_signed_by")
    private @Nullable Long coSignedBy;

    @Column(name = "co_signed_at")
    private @Nullable Instant coSignedAt;

    /** How many addenda (in signing order) the co-signature covers. */
    @Column(name = "addenda_covered")
    private @Nullable Integer addendaCovered;

    @Column(name = "content_sha256", length = 64)
    private @Nullable String contentSha256;

    protected NoteCoSignature() {
        this.noteSignedAt = Instant.EPOCH;
        this.state = CoSignState.AWAITING;
    }

    NoteCoSignature(long noteId, long sessionId, long coupleId, long superviseeId, Instant noteSignedAt) {
        this.noteId = noteId;
        this.sessionId = sessionId;
        this.coupleId = coupleId;
        this.superviseeId = superviseeId;
        this.noteSignedAt = noteSignedAt;
        this.state = CoSignState.AWAITING;
    }

    void returnWith(long supervisor, Instant at, String comment) {
        requireAwaiting();
        this.state = CoSignState.RETURNED;
        this.answered = false;
        this.returnedBy = supervisor;
        this.returnedAt = at;
        this.returnComment = comment;
    }

    /**
     * The counselor signed an addendum. Until co-signed, it changes what a co-signature would cover; and it answers a
     * return, which puts the note back in the supervisor's list.
     */
    void addendumSigned() {
        if (state == CoSignState.CO_SIGNED) {
            return;
        }
        this.addendaSeen++;
        if (state == CoSignState.RETURNED) {
            this.state = CoSignState.AWAITING;
            this.answered = true;
        }
    }

    void coSign(long supervisor, Instant at, int addenda, String sha256) {
        requireAwaiting();
        this.state = CoSignState.CO_SIGNED;
        this.coSignedBy = supervisor;
        this.coSignedAt = at;
        this.addendaCovered = addenda;
        this.contentSha256 = sha256;
    }

    private void requireAwaiting() {
        if (state != CoSignState.AWAITING) {
            throw new IllegalStateException("co-signature is " + state);
        }
    }

    long noteId() {
        return noteId;
    }

    long sessionId() {
        return sessionId;
    }

    long coupleId() {
        return coupleId;
    }

    long superviseeId() {
        return superviseeId;
    }

    CoSignState state() {
        return state;
    }

    boolean isAnswered() {
        return answered;
    }

    @Nullable
    Long returnedBy() {
        return returnedBy;
    }

    @Nullable
    Instant returnedAt() {
        return returnedAt;
    }

    @Nullable
    String returnComment() {
        return returnComment;
    }

    @Nullable
    Long coSignedBy() {
        return coSignedBy;
    }

    @Nullable
    Instant coSignedAt() {
        return coSignedAt;
    }

    @Nullable
    Integer addendaCovered() {
        return addendaCovered;
    }

    @Nullable
    String contentSha256() {
        return contentSha256;
    }
}
