package app.dyad.checkins;

import app.dyad.exercises.Visibility;
import java.time.LocalDate;

/** A couple's check-in plan as the counselor sees it; {@code version} guards against a colleague's change. */
public record PlanView(Cadence cadence, Visibility visibility, LocalDate startsOn, long version) {

    /** No plan yet: paused, answers for the counselor only. */
    public static final long NEW = -1;

    static PlanView none(LocalDate today) {
        return new PlanView(Cadence.PAUSED, Visibility.COUNSELOR_ONLY, today, NEW);
    }
}
