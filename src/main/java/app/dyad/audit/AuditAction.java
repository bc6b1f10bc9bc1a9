package app.dyad.audit;

/** What happened. Stored by name: add new actions at will, never rename one. */
public enum AuditAction {
    SIGN_IN,
    ACCOUNT_CHANGED,
    PAGE_OPENED,
    SERVICE_CALL,
    COUPLE_CREATED,
    COUPLE_VIEWED,
    COUNSELOR_ASSIGNED,
    CASE_STATUS_CHANGED,
    CONCERNS_UPDATED,
    GOAL_ADDED,
    GOAL_UPDATED,
    AGREEMENT_RECORDED,
    CLIENT_SPACE_VIEWED,
    CONTACT_UPDATED
}
