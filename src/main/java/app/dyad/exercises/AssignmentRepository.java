package app.dyad.exercises;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("select a from Assignment a join fetch a.exercise where a.coupleId = :coupleId order by a.dueOn, a.id")
    List<Assignment> findByCouple(@Param("coupleId") long coupleId);
}
