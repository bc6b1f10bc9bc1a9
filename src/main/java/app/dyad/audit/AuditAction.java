package app.dyad.audit;

import java.util.EnumSet;
import java.util.Set;

/** What happened. Stored by name: add new actions at will, never rename one. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_EXPIRED,
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
    CONTACT_UPDATED,
    PARTNER_CORRECTED,
    HOMEWORK_ASSIGNED,
    HOMEWORK_CANCELLED,
    HOMEWORK_VIEWED,
    RESPONSE_READ,
    RESPONSE_SAVED,
    RESPONSE_SUBMITTED,
    RESPONSE_RETURNED,
    FEEDBACK_GIVEN,
    HOMEWORK_REVIEWED,
    SESSION_SCHEDULED,
    SESSION_CHANGED,
    SESSION_VIEWED,
    NOTE_READ,
    NOTE_SAVED,
    NOTE_SIGNED,
    ADDENDUM_SIGNED,
    NOTE_EXPORTED,
    TWO_STEP_SET_UP,
    TWO_STEP_SIGN_IN,
    RECOVERY_CODE_USED,
    TWO_STEP_RESET,
    CHECKIN_PLAN_SET,
    CHECKINS_VIEWED,
    CHECKIN_SAVED,
    CHECKIN_SUBMITTED,
    // co-signature
    NOTE_READ_FOR_CO_SIGNATURE,
    NOTE_CO_SIGNED,
    NOTE_RETURNED,
    // records
    RECORD_EXPORTED,
    // safety: a partner's private channel to the counselor; confidential (see below)
    PRIVATE_MESSAGE_SENT,
    PRIVATE_MESSAGE_READ,
    PRIVATE_MESSAGE_ACKNOWLEDGED,
    PRIVATE_REPLY_SENT,
    PRIVATE_CHANNEL_CHANGED,
    // issue 16, several nodes: a node ended a session because the person's sessions were ended (here or on another)
    SESSION_REVOKED;

    private static final Set<AuditAction> CONFIDENTIAL = EnumSet.of(
            PRIVATE_MESSAGE_SENT,
            PRIVATE_MESSAGE_READ,
            PRIVATE_MESSAGE_ACKNOWLEDGED,
            PRIVATE_REPLY_SENT,
            PRIVATE_CHANNEL_CHANGED);

    /**
     * Actions the admin's audit page never shows, not even as a count: that a partner wrote to the counselor
     * privately is itself what must not reach anyone but the counselor. The rows are still written (append-only,
     * like every other) for the clinic's privacy officer to read from the database under its own procedure.
     */
    public static Set<AuditAction> confidential() {
        return CONFIDENTIAL;
    }

    /** Whether the admin's audit page leaves this action out. */
    public boolean isConfidential() {
        return CONFIDENTIAL.contains(this);
    }
}
