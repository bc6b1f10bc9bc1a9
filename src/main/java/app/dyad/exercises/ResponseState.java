package app.dyad.exercises;

/** A response is a draft until its author submits it; then it is read-only. */
public enum ResponseState {
    DRAFT,
    SUBMITTED
}
