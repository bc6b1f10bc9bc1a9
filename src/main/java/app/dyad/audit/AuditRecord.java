package app.dyad.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit row as the admin's view shows it; the couple's and partner's names are added by {@link AuditReview}. */
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
        @Nullable String clientIp,
        @Nullable String coupleName,
        @Nullable String partnerName) {

    AuditRecord withNames(@Nullable String coupleName, @Nullable String partnerName) {
        return new AuditRecord(
                id,
                occurredAt,
                actorEmail,
                actorRole,
                action,
                coupleId,
                partnerId,
                outcome,
                detail,
                clientIp,
                coupleName,
                partnerName);
    }
}
