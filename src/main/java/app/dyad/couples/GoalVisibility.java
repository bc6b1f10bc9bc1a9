package app.dyad.couples;

/** Who sees an individual goal besides its partner and the counselor. Couple goals are always shared. */
public enum GoalVisibility {
    /** Both partners see it. */
    SHARED,
    /** Only the partner it belongs to and the counselor. */
    PRIVATE
}
