package app.dyad.sessions;

/** How the couple meets the counselor. Stored by name. */
public enum SessionFormat {
    IN_PERSON,
    VIDEO,
    PHONE
}
