package app.dyad.couples;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GoalRepository extends JpaRepository<Goal, Long> {

    @Query("select g from Goal g left join fetch g.partner where g.couple = :couple order by g.id")
    List<Goal> findByCouple(@Param("couple") Couple couple);
}
