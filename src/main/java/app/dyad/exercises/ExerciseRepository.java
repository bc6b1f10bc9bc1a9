package app.dyad.exercises;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    /** The exercises a counselor may use: the library, the clinic's shared ones, and their own. */
    String VISIBLE_TO = """
            e.archived = false
              and (e.origin = app.dyad.exercises.ExerciseOrigin.LIBRARY or e.sharedWithClinic = true
                   or e.ownerId = :counselorId)
              and (:strategyId is null or e.strategy.id = :strategyId)
              and (:mode is null or e.mode = :mode)
              and (:maxMinutes is null or e.minutes <= :maxMinutes)
              and (:search = '' or lower(e.title) like :search or lower(e.purpose) like :search
                   or lower(e.steps) like :search)
            """;

    @Query("select e from Exercise e join fetch e.strategy where " + VISIBLE_TO)
    List<Exercise> browse(
            @Param("counselorId") long counselorId,
            @Param("strategyId") @Nullable Long strategyId,
            @Param("mode") @Nullable ExerciseMode mode,
            @Param("maxMinutes") @Nullable Integer maxMinutes,
            @Param("search") String search,
            Pageable pageable);

    @Query("select count(e) from Exercise e where " + VISIBLE_TO)
    long countBrowse(
            @Param("counselorId") long counselorId,
            @Param("strategyId") @Nullable Long strategyId,
            @Param("mode") @Nullable ExerciseMode mode,
            @Param("maxMinutes") @Nullable Integer maxMinutes,
            @Param("search") String search);

    @Query("""
            select distinct e from Exercise e join fetch e.strategy left join fetch e.prompts
            where e.id = :id and (e.origin = app.dyad.exercises.ExerciseOrigin.LIBRARY or e.sharedWithClinic = true
                                  or e.ownerId = :counselorId)
            """)
    Optional<Exercise> findVisible(@Param("id") long id, @Param("counselorId") long counselorId);

    @Query("select distinct e from Exercise e join fetch e.strategy left join fetch e.prompts where e.id = :id")
    Optional<Exercise> findWithPrompts(@Param("id") long id);
}
