package app.dyad.couples;

/** Where a case stands: active work, a pause agreed with the couple, or closed. */
public enum CoupleStatus {
    ACTIVE,
    PAUSED,
    CLOSED
}
