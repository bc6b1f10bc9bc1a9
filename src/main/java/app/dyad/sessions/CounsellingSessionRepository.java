package app.dyad.sessions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Sessions, always read together with the couple's current counselor so that lists, counts and overlap checks
 * cannot reach another caseload: reassigning a couple moves its sessions with it.
 */
interface CounsellingSessionRepository extends JpaRepository<CounsellingSession, Long> {

    String SUMMARY = """
            select new app.dyad.sessions.SessionSummary(s.id, s.version, s.coupleId, c.caseName, s.startsAt, s.endsAt,
                s.format, s.place, s.attendeePartnerId, coalesce(p.preferredName, p.firstName), s.status,
                s.cancelledBy, s.cancelReason, n.id, n.signedAt)
            from CounsellingSession s
            join Couple c on c.id = s.coupleId
            left join Partner p on p.id = s.attendeePartnerId
            left join SessionNote n on n.sessionId = s.id
            """;

    /** One page of a couple's sessions, latest first. */
    @Query(SUMMARY + "where s.coupleId = :coupleId and c.counselorId = :me order by s.startsAt desc, s.id desc")
    List<SessionSummary> pageOfCouple(@Param("coupleId") long coupleId, @Param("me") long me, Pageable pageable);

    /** One page of the sessions a partner was part of (the joint ones and their own), latest first. */
    @Query("""
            select new app.dyad.sessions.SessionDate(s.id, s.startsAt, s.endsAt, s.format, s.status,
                s.attendeePartnerId is not null)
            from CounsellingSession s
            where s.coupleId = :coupleId and (s.attendeePartnerId is null or s.attendeePartnerId = :partnerId)
            order by s.startsAt desc, s.id desc
            """)
    List<SessionDate> datesOfPartner(
            @Param("coupleId") long coupleId, @Param("partnerId") long partnerId, Pageable pageable);

    @Query("select count(s) from CounsellingSession s where s.coupleId = :coupleId")
    long countByCouple(@Param("coupleId") long coupleId);

    /** The counselor's sessions starting in [from, to), in time order: a week of the agenda. */
    @Query(SUMMARY + "where c.counselorId = :me and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id")
    List<SessionSummary> agenda(@Param("me") long me, @Param("from") Instant from, @Param("to") Instant to);

    /** One session whoever asks: only for a caller whose right to it was checked (a supervisor's co-signature). */
    @Query(SUMMARY + "where s.id = :id")
    Optional<SessionSummary> summaryOf(@Param("id") long id);

    /** One session for its counselor. */
    @Query(SUMMARY + "where s.id = :id and c.counselorId = :me")
    Optional<SessionSummary> summary(@Param("id") long id, @Param("me") long me);

    /** The counselor's sessions that ended before the cutoff and whose note is missing or unsigned. */
    @Query(SUMMARY + """
            where c.counselorId = :me and s.status in :statuses and s.endsAt < :cutoff and n.signedAt is null
            order by s.startsAt
            """)
    List<SessionSummary> unsignedBefore(
            @Param("me") long me,
            @Param("statuses") Collection<SessionStatus> statuses,
            @Param("cutoff") Instant cutoff,
            Limit limit);

    /**
     * For the reminder run: every partner with a login who attends a scheduled session starting in [from, to) (both
     * partners of a joint session, only the attendee of an individual one) of an active case: a closed or paused case
     * may have sessions left on the agenda, and a mail about them could reach people who separated. One query for the
     * whole clinic.
     */
    @Query("""
            select new app.dyad.sessions.SessionReminderRow(s.id, p.accountId, s.startsAt, s.endsAt, s.format, s.place)
            from CounsellingSession s join Partner p on p.couple.id = s.coupleId join p.couple c
            where s.startsAt >= :from and s.startsAt < :to and s.status = app.dyad.sessions.SessionStatus.SCHEDULED
              and c.status = app.dyad.couples.CoupleStatus.ACTIVE
              and p.accountId is not null and (s.attendeePartnerId is null or s.attendeePartnerId = p.id)
            """)
    List<SessionReminderRow> attendeesStarting(@Param("from") Instant from, @Param("to") Instant to);

    /**
     * For the counselors' daily digest: per counselor, how many sessions that took place (or were due to) ended before
     * the cutoff with their note missing or unsigned. One query for the whole clinic.
     */
    @Query("""
            select c.counselorId, count(s) from CounsellingSession s
              join Couple c on c.id = s.coupleId
              left join SessionNote n on n.sessionId = s.id
            where s.endsAt < :cutoff and s.status in :statuses and n.signedAt is null
            group by c.counselorId
            """)
    List<Object[]> unsignedPerCounselor(
            @Param("cutoff") Instant cutoff, @Param("statuses") Collection<SessionStatus> statuses);

    /** The counselor's other sessions (not cancelled) that share some time with [start, end). */
    @Query("""
            select new app.dyad.sessions.SessionOverlap(s.id, s.coupleId, c.caseName, s.startsAt, s.endsAt)
            from CounsellingSession s join Couple c on c.id = s.coupleId
            where c.counselorId = :me and s.status <> :cancelled and s.startsAt < :end and s.endsAt > :start
              and s.id <> :exclude
            order by s.startsAt
            """)
    List<SessionOverlap> overlapping(
            @Param("me") long me,
            @Param("start") Instant start,
            @Param("end") Instant end,
            @Param("exclude") long excludeSessionId,
            @Param("cancelled") SessionStatus cancelled);

    /** Each couple's next scheduled session from a moment on: one row per couple that has one. */
    @Query("""
            select s.coupleId, min(s.startsAt) from CounsellingSession s
            where s.coupleId in :coupleIds and s.status = :scheduled and s.startsAt >= :from
            group by s.coupleId
            """)
    List<Object[]> nextStarts(
            @Param("coupleIds") Collection<Long> coupleIds,
            @Param("from") Instant from,
            @Param("scheduled") SessionStatus scheduled);

    /** A partner's scheduled sessions that have not ended: the couple's joint ones and their own individual ones. */
    @Query("""
            select new app.dyad.sessions.MySession(s.id, s.startsAt, s.endsAt, s.format, s.place,
                s.attendeePartnerId is not null)
            from CounsellingSession s
            where s.coupleId = :coupleId and s.status = :scheduled and s.endsAt > :now
              and (s.attendeePartnerId is null or s.attendeePartnerId = :partnerId)
            order by s.startsAt
            """)
    List<MySession> upcomingFor(
            @Param("coupleId") long coupleId,
            @Param("partnerId") long partnerId,
            @Param("now") Instant now,
            @Param("scheduled") SessionStatus scheduled,
            Limit limit);

    /** The couple's latest session that took place (or was due to) before a moment: "the last session". */
    @Query("""
            select s from CounsellingSession s
            where s.coupleId = :coupleId and s.startsAt < :before and s.status in :held
            order by s.startsAt desc
            """)
    List<CounsellingSession> heldBefore(
            @Param("coupleId") long coupleId,
            @Param("before") Instant before,
            @Param("held") Collection<SessionStatus> held,
            Limit limit);
}
