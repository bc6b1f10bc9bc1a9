package app.dyad.exercises;

/** Library exercises ship with Dyad and are read-only; custom ones belong to a counselor. */
public enum ExerciseOrigin {
    LIBRARY,
    CUSTOM
}
