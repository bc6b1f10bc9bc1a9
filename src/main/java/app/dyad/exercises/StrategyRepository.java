package app.dyad.exercises;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyRepository extends JpaRepository<Strategy, Long> {

    List<Strategy> findAllByOrderByPosition();
}
