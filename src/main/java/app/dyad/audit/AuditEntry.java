package app.dyad.audit;

import app.dyad.identity.NewAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One audit row. Immutable to Hibernate: it can be inserted and read, never updated. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    /** The insert {@link AuditConnections} runs, with the columns mapped below; values from {@link #insertValues()}. */
    static final String INSERT = "insert into audit_entry (occurred_at, actor_id, actor_email, actor_role, action,"
            + " couple_id, partner_id, outcome, detail, client_ip) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_email", length = NewAccount.EMAIL_MAX_LENGTH)
    private @Nullable String actorEmail;

    @Column(name = "actor_role", length = 16)
    private @Nullable String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 48)
    private AuditAction action;

    @Column(name = "couple_id")
    private @Nullable Long coupleId;

    @Column(name = "partner_id")
    private @Nullable Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditOutcome outcome;

    @Column(length = 500)
    private @Nullable String detail;

    @Column(name = "client_ip", length = 45)
    private @Nullable String clientIp;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.action = AuditAction.PAGE_OPENED;
        this.outcome = AuditOutcome.SUCCESS;
    }

    AuditEntry(
            Instant occurredAt,
            @Nullable Long actorId,
            @Nullable String actorEmail,
            @Nullable String actorRole,
            AuditAction action,
            @Nullable Long coupleId,
            @Nullable Long partnerId,
            AuditOutcome outcome,
            @Nullable String detail,
            @Nullable String clientIp) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.actorRole = actorRole;
        this.action = action;
        this.coupleId = coupleId;
        this.partnerId = partnerId;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.clientIp = clientIp;
    }

    /**
     * This row's values in {@link #INSERT}'s order. The time is written as UTC wall-clock time to the microsecond,
     * as Hibernate writes it ({@code hibernate.jdbc.time_zone=UTC}, {@code datetime(6)}).
     */
    List<@Nullable Object> insertValues() {
        return Arrays.asList(
                LocalDateTime.ofInstant(occurredAt.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC),
                actorId,
                actorEmail,
                actorRole,
                action.name(),
                coupleId,
                partnerId,
                outcome.name(),
                detail,
                clientIp);
    }

    AuditRecord toRecord() {
        return new AuditRecord(
                id == null ? 0 : id,
                occurredAt,
                actorEmail,
                actorRole,
                action,
                coupleId,
                partnerId,
                outcome,
                detail,
                clientIp,
                null,
                null);
    }

    @Override
    public String toString() {
        return "AuditEntry[id=" + id + "]";
    }
}
