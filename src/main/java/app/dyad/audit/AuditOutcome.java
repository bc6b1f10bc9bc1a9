package app.dyad.audit;

/** Whether the action happened, was refused by an access rule, or failed (e.g. a wrong password). */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILURE
}
