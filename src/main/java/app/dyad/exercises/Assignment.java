package app.dyad.exercises;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One piece of homework: an exercise for a couple (both partners, one, or jointly), due on a day. */
@Entity
@Table(name = "assignment")
class Assignment extends AbstractEntity {

    enum Status {
        ACTIVE,
        CANCELLED
    }

    @Column(name = "couple_id", nullable = false)
    private long coupleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_id", nullable = false)
    private Exercise exercise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Audience audience = Audience.BOTH_SEPARATELY;

    @Column(name = "partner_id")
    private @Nullable Long partnerId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Visibility visibility = Visibility.COUNSELOR_ONLY;

    @Column(length = NewAssignment.NOTE_MAX_LENGTH)
    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.ACTIVE;

    @Column(name = "series_key", nullable = false, length = 36)
    private String seriesKey = "";

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "reviewed_on")
    private @Nullable LocalDate reviewedOn;

    protected Assignment() {
        this.exercise = new Exercise();
    }

    Assignment(
            long coupleId,
            Exercise exercise,
            Audience audience,
            @Nullable Long partnerId,
            LocalDate dueOn,
            Visibility visibility,
            @Nullable String note,
            String seriesKey,
            long createdBy,
            Instant createdAt) {
        this.coupleId = coupleId;
        this.exercise = exercise;
        this.audience = audience;
        this.partnerId = audience == Audience.ONE_PARTNER ? partnerId : null;
        this.dueOn = dueOn;
        this.visibility = visibility;
        this.note = note;
        this.seriesKey = seriesKey;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        Long id = getId();
        if (id == null) {
            throw new IllegalStateException("assignment not saved yet");
        }
        return id;
    }

    long coupleId() {
        return coupleId;
    }

    Exercise exercise() {
        return exercise;
    }

    Audience audience() {
        return audience;
    }

    @Nullable
    Long partnerId() {
        return partnerId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    Visibility visibility() {
        return visibility;
    }

    @Nullable
    String note() {
        return note;
    }

    boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    /** Whether this partner is asked to answer (for a joint assignment: both are). */
    boolean isFor(long partner) {
        return audience.includes(partnerId, partner);
    }

    @Nullable
    LocalDate reviewedOn() {
        return reviewedOn;
    }

    void markReviewed(LocalDate on) {
        this.reviewedOn = on;
    }

    void edit(LocalDate dueOn, @Nullable String note, Visibility visibility) {
        this.dueOn = dueOn;
        this.note = note;
        this.visibility = visibility;
    }

    void cancel() {
        this.status = Status.CANCELLED;
    }
}
