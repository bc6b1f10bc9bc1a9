package app.dyad.safety;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SafetyReplyRepository extends Repository<SafetyReply, Long> {

    SafetyReply save(SafetyReply reply);

    Optional<SafetyReply> findById(long id);

    @Query("select r from SafetyReply r where r.messageId = :message order by r.sentAt, r.id")
    List<SafetyReply> toMessage(@Param("message") long messageId);

    /** The answers still on the sender's page, newest first: one query over all their messages. */
    @Query("""
            select r from SafetyReply r
            where r.messageId in (select m.id from SafetyMessage m where m.partnerId = :partner)
              and r.removedAt is null
            order by r.sentAt desc, r.id desc""")
    List<SafetyReply> shownTo(@Param("partner") long partnerId);

    /** Whether this reply answers one of this partner's messages. */
    @Query("""
            select count(r) > 0 from SafetyReply r
            where r.id = :reply and r.messageId in (select m.id from SafetyMessage m where m.partnerId = :partner)""")
    boolean isTo(@Param("reply") long replyId, @Param("partner") long partnerId);

    List<SafetyReply> findByMessageIdIn(Collection<Long> messageIds);
}
