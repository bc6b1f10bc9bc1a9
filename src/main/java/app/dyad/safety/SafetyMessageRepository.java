package app.dyad.safety;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SafetyMessageRepository extends Repository<SafetyMessage, Long> {

    SafetyMessage save(SafetyMessage message);

    Optional<SafetyMessage> findById(long id);

    /** A couple's messages, newest first, for its counselor (the caller checks who that is). */
    @Query("select m from SafetyMessage m where m.coupleId = :couple order by m.sentAt desc, m.id desc")
    List<SafetyMessage> ofCouple(@Param("couple") long coupleId, Pageable pageable);

    @Query("select count(m) from SafetyMessage m where m.coupleId = :couple")
    long countOfCouple(@Param("couple") long coupleId);

    /** The sender's own kept messages, newest first. */
    @Query("""
            select m from SafetyMessage m
            where m.partnerId = :partner and m.senderKeeps = true
            order by m.sentAt desc, m.id desc""")
    List<SafetyMessage> keptBy(@Param("partner") long partnerId, Pageable pageable);

    /** Of these messages, those this partner sent and keeps on their pages. */
    @Query("select m.id from SafetyMessage m where m.partnerId = :partner and m.senderKeeps = true and m.id in :ids")
    Set<Long> keptIdsAmongQuery(@Param("partner") long partnerId, @Param("ids") Collection<Long> messageIds);

    default Set<Long> keptIdsAmong(long partnerId, Collection<Long> messageIds) {
        return messageIds.isEmpty() ? Set.of() : keptIdsAmongQuery(partnerId, messageIds);
    }

    /**
     * Of these couples, those with an unacknowledged message whose current counselor is this account: the counselor
     * check is in the query, so no caller can learn of another caseload's messages.
     */
    @Query("""
            select distinct m.coupleId from SafetyMessage m
            join Couple c on c.id = m.coupleId
            where m.coupleId in :couples and m.acknowledgedAt is null and c.counselorId = :counselor""")
    Set<Long> urgentFor(@Param("couples") Collection<Long> coupleIds, @Param("counselor") long counselorId);
}
