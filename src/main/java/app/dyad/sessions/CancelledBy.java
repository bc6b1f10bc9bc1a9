package app.dyad.sessions;

/** Who called a session off. Stored by name. */
public enum CancelledBy {
    COUPLE,
    PARTNER,
    COUNSELOR,
    CLINIC
}
