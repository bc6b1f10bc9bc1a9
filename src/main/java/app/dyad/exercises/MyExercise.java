package app.dyad.exercises;

/** A partner's page for one assignment: the exercise to do and the homework as they may see it. */
public record MyExercise(HomeworkItem homework, ExerciseDetails exercise, long myPartnerId) {

    /** The caller's own answer (or the joint one), if any. */
    public java.util.Optional<ResponseView> myResponse() {
        Long author = homework.audience() == Audience.JOINT ? null : myPartnerId;
        return homework.responses().stream().filter(r -> java.util.Objects.equals(r.authorPartnerId(), author)).findFirst();
    }

    /** The partner's answer, present only when the visibility rule allows it. */
    public java.util.Optional<ResponseView> partnersResponse() {
        if (homework.audience() == Audience.JOINT) {
            return java.util.Optional.empty();
        }
        return homework.responses().stream()
                .filter(r -> r.authorPartnerId() != null && r.authorPartnerId() != myPartnerId).findFirst();
    }

    @Override
    public String toString() {
        return "MyExercise[" + homework.id() + "]";
    }
}
