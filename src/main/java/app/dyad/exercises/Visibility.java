package app.dyad.exercises;

/** Who may read a partner's answer besides the partner and the counselor. */
public enum Visibility {
    /** Only the counselor; the partner never sees it. */
    COUNSELOR_ONLY,
    /** The partner sees it once it is submitted. */
    SHARED,
    /** Each partner sees the other's only after both have submitted. */
    REVEAL_TOGETHER
}
