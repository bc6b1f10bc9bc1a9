package app.dyad.exercises;

import java.util.List;
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
    List<OwingHomework> owing(@Param("coupleIds") java.util.Collection<Long> coupleIds,
            @Param("active") Assignment.Status active);

    @Query("select a from Assignment a join fetch a.exercise where a.coupleId = :coupleId order by a.dueOn, a.id")
    List<Assignment> findByCouple(@Param("coupleId") long coupleId);
}
