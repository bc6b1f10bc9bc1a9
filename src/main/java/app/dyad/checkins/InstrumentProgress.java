package app.dyad.checkins;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An instrument's progress for a couple: each partner's trend, the latest answers side by side (from the latest round
 * both answered, or each one's latest when they have none in common), and where they differ: the items 3 or more
 * points apart in that common round, most different first.
 */
public record InstrumentProgress(
        InstrumentView instrument,
        Trend one,
        Trend two,
        @Nullable LocalDate oneAnsweredOn,
        @Nullable LocalDate twoAnsweredOn,
        List<ItemPair> sideBySide,
        List<ItemPair> differences) {

    /** How far apart two answers must be to count as a difference. */
    public static final int DIFFERENCE = 3;

    /** Whether the side-by-side answers come from the same round, so they can be compared. */
    public boolean sameRound() {
        return oneAnsweredOn != null && oneAnsweredOn.equals(twoAnsweredOn);
    }
}
