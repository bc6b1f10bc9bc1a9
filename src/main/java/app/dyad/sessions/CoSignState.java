package app.dyad.sessions;

/** Where a note that needs its supervisor's co-signature stands. */
public enum CoSignState {
    /** In the supervisor's "To co-sign" list. */
    AWAITING,
    /** Sent back with a comment; back in the list once the counselor answers it in an addendum. */
    RETURNED,
    /** Co-signed: final. */
    CO_SIGNED
}
