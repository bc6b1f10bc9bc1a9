package app.dyad.checkins;

import app.dyad.base.AbstractEntity;
import app.dyad.exercises.ResponseState;
import app.dyad.exercises.Visibility;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One partner's answers for one round, a draft until handed in. It keeps the visibility the partner was told when
 * they began, so a later change of plan never reveals it more widely.
 */
@Entity
@Table(name = "checkin")
class CheckIn extends AbstractEntity {

    @Column(name = "couple_id", nullable = false)
    private long coupleId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "round_on", nullable = false)
    private LocalDate roundOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Visibility visibility = Visibility.COUNSELOR_ONLY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResponseState state = ResponseState.DRAFT;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt = Instant.EPOCH;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "checkin_value", joinColumns = @JoinColumn(name = "checkin_id"))
    @MapKeyColumn(name = "item_id")
    @Column(name = "value", nullable = false)
    private Map<Long, Integer> values = new HashMap<>();

    protected CheckIn() {}

    CheckIn(long coupleId, long partnerId, LocalDate roundOn, Visibility visibility) {
        this.coupleId = coupleId;
        this.partnerId = partnerId;
        this.roundOn = roundOn;
        this.visibility = visibility;
    }

    void save(Map<Long, Integer> answers, Instant at) {
        values.clear();
        values.putAll(answers);
        savedAt = at;
    }

    void submit(Instant at) {
        state = ResponseState.SUBMITTED;
        submittedAt = at;
    }

    long coupleId() {
        return coupleId;
    }

    long partnerId() {
        return partnerId;
    }

    LocalDate roundOn() {
        return roundOn;
    }

    Visibility visibility() {
        return visibility;
    }

    boolean isSubmitted() {
        return state == ResponseState.SUBMITTED;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    Map<Long, Integer> values() {
        return Map.copyOf(values);
    }
}
