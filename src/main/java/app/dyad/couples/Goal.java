package app.dyad.couples;

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

/** A goal of the couple (no partner) or of one partner, shared with both or private to that partner. */
@Entity
@Table(name = "goal")
class Goal extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private @Nullable Partner partner;

    @Column(nullable = false, length = NewGoal.DESCRIPTION_MAX_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private GoalVisibility visibility;

    @Column(name = "achieved_on")
    private @Nullable LocalDate achievedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Goal() {
        this.couple = new Couple();
        this.description = "";
        this.visibility = GoalVisibility.SHARED;
        this.createdAt = Instant.EPOCH;
    }

    Goal(Couple couple, @Nullable Partner partner, String description, GoalVisibility visibility, Instant createdAt) {
        this.couple = couple;
        this.partner = partner;
        this.description = description;
        this.visibility = partner == null ? GoalVisibility.SHARED : visibility;
        this.createdAt = createdAt;
    }

    Couple couple() {
        return couple;
    }

    void edit(String description, GoalVisibility visibility, @Nullable LocalDate achievedOn) {
        this.description = description;
        this.visibility = partner == null ? GoalVisibility.SHARED : visibility;
        this.achievedOn = achievedOn;
    }

    /** Whether the given partner (by id) may see this goal. */
    boolean visibleToPartner(long partnerId) {
        return partner == null || partner.id() == partnerId || visibility == GoalVisibility.SHARED;
    }

    GoalView view() {
        Long id = getId();
        return new GoalView(
                id == null ? 0 : id,
                getVersion(),
                partner == null ? null : partner.id(),
                description,
                visibility,
                achievedOn);
    }
}
