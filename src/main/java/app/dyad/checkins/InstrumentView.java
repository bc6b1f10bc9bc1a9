package app.dyad.checkins;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire as the pages show it: its stable code ({@code BALANCE}, {@code CSI4}), words, score range, the
 * published cut-off if it has one, and its items in order.
 */
public record InstrumentView(
        String code,
        String title,
        String about,
        @Nullable String citation,
        boolean scoreIsMean,
        double minScore,
        double maxScore,
        @Nullable Double cutoff,
        List<ItemView> items) {

    public static final String BALANCE = "BALANCE";
    public static final String CSI4 = "CSI4";

    /**
     * The score of one partner's answers: the sum (CSI-4) or the mean to one decimal (balance check-in) of the items
     * in the score. Every item must be answered within its range; a missing or out-of-range answer is refused.
     */
    public double score(Map<Long, Integer> values) {
        double sum = 0;
        int counted = 0;
        for (ItemView item : items) {
            Integer value = values.get(item.id());
            if (value == null || value < item.min() || value > item.max()) {
                throw new IllegalArgumentException("item " + item.id() + " of " + code + " is not answered");
            }
            if (item.inScore()) {
                sum += value;
                counted++;
            }
        }
        if (!scoreIsMean) {
            return sum;
        }
        return Math.round(sum / counted * 10) / 10.0;
    }
}
