package app.dyad.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: this repository deliberately has no update or delete methods. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:actor = '' or e.actorEmail like concat('%', :actor, '%'))
              and (:coupleId is null or e.coupleId = :coupleId)
              and (:byName = false or e.coupleId in :namedCouples)
              and (:action is null or e.action = :action)
              and (:outcome is null or e.outcome = :outcome)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
              and e.action not in :hidden
            """)
    List<AuditEntry> search(
            @Param("actor") String actor,
            @Param("coupleId") @Nullable Long coupleId,
            @Param("byName") boolean byName,
            @Param("namedCouples") Collection<Long> namedCouples,
            @Param("action") @Nullable AuditAction action,
            @Param("outcome") @Nullable AuditOutcome outcome,
            @Param("from") @Nullable Instant from,
            @Param("to") @Nullable Instant to,
            @Param("hidden") Collection<AuditAction> hidden,
            Pageable pageable);

    @Query("""
            select count(e) from AuditEntry e
            where (:actor = '' or e.actorEmail like concat('%', :actor, '%'))
              and (:coupleId is null or e.coupleId = :coupleId)
              and (:byName = false or e.coupleId in :namedCouples)
              and (:action is null or e.action = :action)
              and (:outcome is null or e.outcome = :outcome)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
              and e.action not in :hidden
            """)
    long count(
            @Param("actor") String actor,
            @Param("coupleId") @Nullable Long coupleId,
            @Param("byName") boolean byName,
            @Param("namedCouples") Collection<Long> namedCouples,
            @Param("action") @Nullable AuditAction action,
            @Param("outcome") @Nullable AuditOutcome outcome,
            @Param("from") @Nullable Instant from,
            @Param("to") @Nullable Instant to,
            @Param("hidden") Collection<AuditAction> hidden);
}
