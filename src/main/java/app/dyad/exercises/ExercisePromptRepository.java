package app.dyad.exercises;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExercisePromptRepository extends JpaRepository<ExercisePrompt, Long> {

    @Modifying
    @Query("delete from ExercisePrompt p where p.exercise = :exercise")
    void deleteByExercise(@Param("exercise") Exercise exercise);

    @Query("select p from ExercisePrompt p where p.exercise.id in :exerciseIds order by p.exercise.id, p.position")
    List<ExercisePrompt> findByExerciseIds(@Param("exerciseIds") Collection<Long> exerciseIds);
}
