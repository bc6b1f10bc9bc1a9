package app.dyad.exercises;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    boolean existsByExercise(Exercise exercise);

    @Query("""
            select new app.dyad.exercises.OwingHomework(a.coupleId, a.audience, a.dueOn,
                (select count(r) from Response r where r.assignment = a
                   and r.state = app.dyad.exercises.ResponseState.SUBMITTED))
            from Assignment a
            where a.coupleId in :coupleIds and a.status = :active
            """)
    List<OwingHomework> owing(
            @Param("coupleIds") Collection<Long> coupleIds, @Param("active") Assignment.Status active);

    /**
     * For the reminder run: the accounts of partners (of active couples) who owe an answer to homework due on a day
     * and have not submitted it (their own, or the couple's joint one). One query for the whole clinic.
     */
    @Query("""
            select distinct p.accountId from Assignment a
              join Couple c on c.id = a.coupleId
              join Partner p on p.couple = c
            where a.dueOn = :day and a.status = app.dyad.exercises.Assignment.Status.ACTIVE
              and c.status = app.dyad.couples.CoupleStatus.ACTIVE and p.accountId is not null
              and (a.audience <> app.dyad.exercises.Audience.ONE_PARTNER or a.partnerId = p.id)
              and not exists (select r.id from Response r where r.assignment = a
                   and r.state = app.dyad.exercises.ResponseState.SUBMITTED
                   and ((a.audience = app.dyad.exercises.Audience.JOINT and r.partnerId is null)
                     or (a.audience <> app.dyad.exercises.Audience.JOINT and r.partnerId = p.id)))
            """)
    List<Long> accountsOwingHomeworkDueOn(@Param("day") LocalDate day);

    /** A couple's active assignments due in a period (both ends included), for completion rates. */
    @Query("""
            select a from Assignment a join fetch a.exercise e join fetch e.strategy
            where a.coupleId = :coupleId and a.status = :active and a.dueOn between :from and :to
            order by a.dueOn, a.id
            """)
    List<Assignment> dueBetween(
            @Param("coupleId") long coupleId,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("active") Assignment.Status active);

    /**
     * One page of a couple's homework, latest due first. The exercise's strategy comes in the same query: an item
     * shows the exercise's summary, which names its strategy, and a lazy strategy cost one query per strategy on
     * the page (issue 16's benchmark; HomeworkQueryCountTest).
     */
    @Query("select a from Assignment a join fetch a.exercise e join fetch e.strategy"
            + " where a.coupleId = :coupleId order by a.dueOn desc, a.id desc")
    List<Assignment> pageOfCouple(@Param("coupleId") long coupleId, Pageable pageable);

    long countByCoupleId(long coupleId);

    /** One page of a partner's homework (theirs and the couple's joint ones): still to do first, by due date. */
    @Query("""
            select a from Assignment a join fetch a.exercise e join fetch e.strategy
            where a.coupleId = :coupleId
              and (a.audience <> app.dyad.exercises.Audience.ONE_PARTNER or a.partnerId = :partnerId)
            order by a.dueOn desc, a.id desc
            """)
    List<Assignment> pageOfPartner(
            @Param("coupleId") long coupleId, @Param("partnerId") long partnerId, Pageable pageable);

    @Query("""
            select count(a) from Assignment a
            where a.coupleId = :coupleId
              and (a.audience <> app.dyad.exercises.Audience.ONE_PARTNER or a.partnerId = :partnerId)
            """)
    long countOfPartner(@Param("coupleId") long coupleId, @Param("partnerId") long partnerId);
}
