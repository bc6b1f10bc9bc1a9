package app.dyad.safety;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One partner's private message to the couple's counselor. */
@Entity
@Table(name = "safety_message")
class SafetyMessage extends AbstractEntity {

    /** One constant for the entity, the service's check and the text area. */
    static final int BODY_MAX_LENGTH = 4000;

    @Column(name = "couple_id", nullable = false)
    private long coupleId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body = "";

    @Column(name = "unsafe_at_home", nullable = false)
    private boolean unsafeAtHome;

    @Column(name = "wants_own_session", nullable = false)
    private boolean wantsOwnSession;

    @Column(name = "no_email", nullable = false)
    private boolean noEmail;

    @Column(name = "sender_keeps", nullable = false)
    private boolean senderKeeps;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt = Instant.EPOCH;

    @Column(name = "acknowledged_by")
    private @Nullable Long acknowledgedBy;

    @Column(name = "acknowledged_at")
    private @Nullable Instant acknowledgedAt;

    protected SafetyMessage() {}

    SafetyMessage(long coupleId, long partnerId, NewPrivateMessage message, Instant at) {
        this.coupleId = coupleId;
        this.partnerId = partnerId;
        this.body = message.text().strip();
        this.unsafeAtHome = message.unsafeAtHome();
        this.wantsOwnSession = message.wantsOwnSession();
        this.noEmail = message.noEmail();
        this.senderKeeps = message.keepHistory();
        this.sentAt = at;
    }

    /** The first acknowledgement counts; a second one (another tab) changes nothing. */
    void acknowledge(long counselor, Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedBy = counselor;
            acknowledgedAt = at;
        }
    }

    /** The sender no longer keeps it on their pages. */
    void forgetOnSendersSide() {
        senderKeeps = false;
    }

    long coupleId() {
        return coupleId;
    }

    long partnerId() {
        return partnerId;
    }

    String body() {
        return body;
    }

    boolean unsafeAtHome() {
        return unsafeAtHome;
    }

    boolean wantsOwnSession() {
        return wantsOwnSession;
    }

    boolean noEmail() {
        return noEmail;
    }

    boolean senderKeeps() {
        return senderKeeps;
    }

    Instant sentAt() {
        return sentAt;
    }

    @Nullable
    Long acknowledgedBy() {
        return acknowledgedBy;
    }

    @Nullable
    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    long id() {
        return Objects.requireNonNull(getId());
    }
}
