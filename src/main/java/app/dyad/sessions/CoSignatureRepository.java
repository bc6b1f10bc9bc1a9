package app.dyad.sessions;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Co-signatures, read for a supervisor only through the signer's account naming them now: a supervisor named in
 * someone's place takes over that counselor's waiting notes, and the previous one loses them at once.
 */
interface CoSignatureRepository extends JpaRepository<NoteCoSignature, Long> {

    Optional<NoteCoSignature> findByNoteId(long noteId);

    /** The co-signature of a session's note, if its signer names {@code me} as supervisor. */
    @Query("""
            select k from NoteCoSignature k join UserAccount u on u.id = k.superviseeId
            where k.sessionId = :sessionId and u.supervisorId = :me
            """)
    Optional<NoteCoSignature> findForSupervisor(@Param("sessionId") long sessionId, @Param("me") long me);

    /** One page of the notes waiting for {@code me}, the oldest signature first. */
    @Query("""
            select new app.dyad.sessions.CoSignRow(k.sessionId, c.caseName, s.startsAt, u.displayName, k.noteSignedAt,
                k.answered)
            from NoteCoSignature k
            join UserAccount u on u.id = k.superviseeId
            join CounsellingSession s on s.id = k.sessionId
            join Couple c on c.id = k.coupleId
            where u.supervisorId = :me and k.state = :state
            order by k.noteSignedAt, k.id
            """)
    List<CoSignRow> waitingFor(@Param("me") long me, @Param("state") CoSignState state, Pageable pageable);

    @Query("""
            select count(k) from NoteCoSignature k join UserAccount u on u.id = k.superviseeId
            where u.supervisorId = :me and k.state = :state
            """)
    long countWaitingFor(@Param("me") long me, @Param("state") CoSignState state);

    /** Whose co-signature this counselor's notes need now, if anyone's. */
    @Query("select u.supervisorId from UserAccount u where u.id = :counselor")
    @Nullable
    Long supervisorOf(@Param("counselor") long counselor);

    /** A couple's partners with the name the note's sections show. */
    @Query("select p.id, coalesce(p.preferredName, p.firstName) from Partner p where p.couple.id = :coupleId")
    List<Object[]> partnerNames(@Param("coupleId") long coupleId);
}
