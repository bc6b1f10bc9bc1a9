package app.dyad.checkins;

import app.dyad.base.AbstractEntity;
import app.dyad.exercises.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The counselor's plan for a couple's check-ins. */
@Entity
@Table(name = "checkin_plan")
class CheckInPlan extends AbstractEntity {

    @Column(name = "couple_id", nullable = false)
    private long coupleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Cadence cadence = Cadence.PAUSED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Visibility visibility = Visibility.COUNSELOR_ONLY;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    protected CheckInPlan() {}

    CheckInPlan(long coupleId) {
        this.coupleId = coupleId;
    }

    /** A new cadence starts counting from today; only a change of visibility keeps the start. */
    void change(Cadence newCadence, Visibility newVisibility, LocalDate today, long by, Instant at) {
        if (newCadence != cadence) {
            startsOn = today;
        }
        cadence = newCadence;
        visibility = newVisibility;
        changedBy = by;
        changedAt = at;
    }

    long coupleId() {
        return coupleId;
    }

    Cadence cadence() {
        return cadence;
    }

    Visibility visibility() {
        return visibility;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    PlanView view() {
        return new PlanView(cadence, visibility, startsOn, getVersion());
    }
}
