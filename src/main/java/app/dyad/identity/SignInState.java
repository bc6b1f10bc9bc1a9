package app.dyad.identity;

/**
 * Where a person's login stands, as counselors and admins need to know it: an invited person who never chose a
 * password cannot sign in yet, however present their account is.
 */
public enum SignInState {
    /** Invited, the link is still valid, no password chosen yet. */
    INVITED,
    /** Invited, but the link ran out or was replaced without a password being chosen: a new link is needed. */
    INVITATION_EXPIRED,
    /** A password was chosen: the person can sign in. */
    ACTIVE,
    /** The admin switched the account off. */
    DEACTIVATED
}
