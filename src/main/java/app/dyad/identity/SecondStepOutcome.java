package app.dyad.identity;

/** How a code typed at sign-in went. */
public enum SecondStepOutcome {
    /** Signed in: the session now holds both factors and the person's role. */
    SIGNED_IN,
    /** Wrong, used before, or not a code: counted like a wrong password. */
    REFUSED,
    /** The account is locked now (too many wrong passwords or codes): the session ends, as after a wrong password. */
    LOCKED
}
