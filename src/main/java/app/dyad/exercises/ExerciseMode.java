package app.dyad.exercises;

/** Who does an exercise and how their answers come together. */
public enum ExerciseMode {
    /** Each partner on their own, each with their own answer. */
    EACH_SEPARATELY,
    /** Together, with one shared answer. */
    TOGETHER,
    /** Each privately first, then the two compare. */
    PRIVATE_THEN_COMPARE
}
