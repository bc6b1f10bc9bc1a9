package app.dyad.exercises;

import java.util.Objects;
import java.util.Optional;

/** A partner's page for one assignment: the exercise to do and the homework as they may see it. */
public record MyExercise(HomeworkItem homework, ExerciseDetails exercise, long myPartnerId) {

    /** The caller's own answer (or the joint one), if any. */
    public Optional<ResponseView> myResponse() {
        Long author = homework.audience().authorFor(myPartnerId);
        return homework.responses().stream()
                .filter(r -> Objects.equals(r.authorPartnerId(), author))
                .findFirst();
    }

    /** The partner's answer, present only when the visibility rule allows it. */
    public Optional<ResponseView> partnersResponse() {
        if (homework.audience() == Audience.JOINT) {
            return Optional.empty();
        }
        return homework.responses().stream()
                .filter(r -> r.authorPartnerId() != null && r.authorPartnerId() != myPartnerId)
                .findFirst();
    }

    @Override
    public String toString() {
        return "MyExercise[" + homework.id() + "]";
    }
}
