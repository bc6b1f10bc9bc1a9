package app.dyad.exercises;

/** Who an assignment is for. */
public enum Audience {
    /** Both partners, each answering separately. */
    BOTH_SEPARATELY,
    /** One partner only. */
    ONE_PARTNER,
    /** The couple together, with one shared answer. */
    JOINT
}
