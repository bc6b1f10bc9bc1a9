package app.dyad.safety;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The counselor's private answer to one message, for its sender only. */
@Entity
@Table(name = "safety_reply")
class SafetyReply extends AbstractEntity {

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(name = "counselor_id", nullable = false)
    private long counselorId;

    @Column(nullable = false, length = SafetyMessage.BODY_MAX_LENGTH)
    private String body = "";

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt = Instant.EPOCH;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    protected SafetyReply() {}

    SafetyReply(long messageId, long counselorId, String body, Instant at) {
        this.messageId = messageId;
        this.counselorId = counselorId;
        this.body = body.strip();
        this.sentAt = at;
    }

    /** The sender took it off their page; the counselor still sees it under the message. */
    void remove(Instant at) {
        if (removedAt == null) {
            removedAt = at;
        }
    }

    long id() {
        return Objects.requireNonNull(getId());
    }

    long messageId() {
        return messageId;
    }

    long counselorId() {
        return counselorId;
    }

    String body() {
        return body;
    }

    Instant sentAt() {
        return sentAt;
    }

    @Nullable
    Instant removedAt() {
        return removedAt;
    }
}
