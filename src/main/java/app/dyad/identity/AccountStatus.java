package app.dyad.identity;

/** Whether an account may sign in at all. An invited account is active but has no password yet. */
public enum AccountStatus {
    ACTIVE,
    DEACTIVATED
}
