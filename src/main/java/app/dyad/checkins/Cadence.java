package app.dyad.checkins;

/** How often a couple's check-in comes round. */
public enum Cadence {
    /** Opens three days before each scheduled session. */
    BEFORE_EACH_SESSION,
    EVERY_WEEK,
    EVERY_2_WEEKS,
    EVERY_4_WEEKS,
    /** Once, from the day the plan is saved. */
    ONCE,
    /** No check-ins: the plan is paused, past answers stay. */
    PAUSED
}
