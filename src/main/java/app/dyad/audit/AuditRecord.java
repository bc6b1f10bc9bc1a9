package app.dyad.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit row as the admin's view shows it. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        @Nullable String actorEmail,
        @Nullable String actorRole,
        AuditAction action,
        @Nullable Long coupleId,
        @Nullable Long partnerId,
        AuditOutcome outcome,
        @Nullable String detail,
        @Nullable String clientIp) {}
