package app.dyad.exercises;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExercisePromptRepository extends JpaRepository<ExercisePrompt, Long> {

    @Modifying
    @Query("delete from ExercisePrompt p where p.exercise = :exercise")
    void deleteByExercise(@Param("exercise") Exercise exercise);
}
