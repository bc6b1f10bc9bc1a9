package app.dyad.checkins;

import org.jspecify.annotations.Nullable;

/** One item's latest answers, side by side; a missing side has not answered (or may not be seen). */
public record ItemPair(
        ItemView item, @Nullable Integer one, @Nullable Integer two) {

    /** How far apart the two answers are, or -1 when one is missing. */
    public int gap() {
        return one == null || two == null ? -1 : Math.abs(one - two);
    }
}
