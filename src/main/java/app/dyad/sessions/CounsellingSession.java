package app.dyad.sessions;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One appointment of a couple (or of one partner) with their counselor. */
@Entity
@Table(name = "counselling_session")
class CounsellingSession extends AbstractEntity {

    @Column(name = "couple_id", nullable = false)
    private long coupleId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionFormat format;

    @Column(length = SessionPlan.PLACE_MAX_LENGTH)
    private @Nullable String place;

    /** The one partner of an individual session; null when both attend. */
    @Column(name = "attendee_partner_id")
    private @Nullable Long attendeePartnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by", length = 16)
    private @Nullable CancelledBy cancelledBy;

    @Column(name = "cancel_reason", length = SessionSummary.CANCEL_REASON_MAX_LENGTH)
    private @Nullable String cancelReason;

    @Column(name = "scheduled_by", nullable = false)
    private long scheduledBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CounsellingSession() {
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.format = SessionFormat.IN_PERSON;
        this.status = SessionStatus.SCHEDULED;
        this.createdAt = Instant.EPOCH;
    }

    CounsellingSession(
            long coupleId,
            Instant startsAt,
            Duration duration,
            SessionFormat format,
            @Nullable String place,
            @Nullable Long attendeePartnerId,
            long scheduledBy,
            Instant createdAt) {
        this.coupleId = coupleId;
        this.status = SessionStatus.SCHEDULED;
        this.scheduledBy = scheduledBy;
        this.createdAt = createdAt;
        this.startsAt = startsAt;
        this.endsAt = startsAt.plus(duration);
        this.format = format;
        this.place = place;
        this.attendeePartnerId = attendeePartnerId;
    }

    void reschedule(
            Instant startsAt,
            Duration duration,
            SessionFormat format,
            @Nullable String place,
            @Nullable Long attendeePartnerId) {
        this.startsAt = startsAt;
        this.endsAt = startsAt.plus(duration);
        this.format = format;
        this.place = place;
        this.attendeePartnerId = attendeePartnerId;
    }

    void changeStatus(SessionStatus status) {
        this.status = status;
        if (status != SessionStatus.CANCELLED) {
            this.cancelledBy = null;
            this.cancelReason = null;
        }
    }

    void cancel(CancelledBy by, String reason) {
        this.status = SessionStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancelReason = reason;
    }

    long id() {
        Long id = getId();
        return id == null ? 0 : id;
    }

    long coupleId() {
        return coupleId;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    SessionFormat format() {
        return format;
    }

    @Nullable
    String place() {
        return place;
    }

    @Nullable
    Long attendeePartnerId() {
        return attendeePartnerId;
    }

    SessionStatus status() {
        return status;
    }

    @Nullable
    CancelledBy cancelledBy() {
        return cancelledBy;
    }

    @Nullable
    String cancelReason() {
        return cancelReason;
    }

    boolean attends(long partnerId) {
        return attendeePartnerId == null || attendeePartnerId == partnerId;
    }
}
