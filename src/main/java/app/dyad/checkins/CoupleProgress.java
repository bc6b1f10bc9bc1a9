package app.dyad.checkins;

import java.util.List;

/** A couple's check-ins as the counselor sees them: the plan and each instrument's progress. */
public record CoupleProgress(PlanView plan, List<InstrumentProgress> instruments) {

    /** Whether either partner has handed in a check-in. */
    public boolean hasAnswers() {
        return instruments.stream()
                .anyMatch(p -> !p.one().points().isEmpty() || !p.two().points().isEmpty());
    }
}
