package app.dyad.sessions;

/** Where a session stands. Stored by name. */
public enum SessionStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    /** Whether the session still takes (or took) the counselor's time: cancelled ones don't. */
    public boolean occupiesTime() {
        return this != CANCELLED;
    }
}
