package app.dyad.checkins;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns check-ins a reader may see into trends, side-by-side answers and differences. It never decides what may be
 * seen: callers pass only what the rule lets through.
 */
final class ProgressBuilder {

    private ProgressBuilder() {}

    static List<InstrumentProgress> build(
            List<InstrumentView> instruments,
            List<CheckIn> visible,
            long oneId,
            String oneName,
            long twoId,
            String twoName) {
        List<CheckIn> ones =
                visible.stream().filter(c -> c.partnerId() == oneId).toList();
        List<CheckIn> twos =
                visible.stream().filter(c -> c.partnerId() == twoId).toList();
        return instruments.stream()
                .map(instrument -> progress(instrument, ones, oneName, twos, twoName))
                .toList();
    }

    private static InstrumentProgress progress(
            InstrumentView instrument, List<CheckIn> ones, String oneName, List<CheckIn> twos, String twoName) {
        Optional<LocalDate> common = latestCommonRound(instrument, ones, twos);
        @Nullable CheckIn one = common.map(round -> inRound(ones, round)).orElseGet(() -> latest(instrument, ones));
        @Nullable CheckIn two = common.map(round -> inRound(twos, round)).orElseGet(() -> latest(instrument, twos));
        List<ItemPair> pairs = new ArrayList<>();
        for (ItemView item : instrument.items()) {
            pairs.add(new ItemPair(item, valueOf(one, item), valueOf(two, item)));
        }
        List<ItemPair> differences = common.isEmpty()
                ? List.of()
                : pairs.stream()
                        .filter(p -> p.gap() >= InstrumentProgress.DIFFERENCE)
                        .sorted(Comparator.comparingInt(ItemPair::gap).reversed())
                        .toList();
        return new InstrumentProgress(
                instrument,
                new Trend(oneName, trend(instrument, ones)),
                new Trend(twoName, trend(instrument, twos)),
                one == null ? null : one.roundOn(),
                two == null ? null : two.roundOn(),
                pairs,
                differences);
    }

    /** A partner's score in every round they answered this instrument in full. */
    static List<ScorePoint> trend(InstrumentView instrument, List<CheckIn> checkIns) {
        return checkIns.stream()
                .filter(c -> answersAll(instrument, c))
                .map(c -> new ScorePoint(c.roundOn(), instrument.score(c.values())))
                .toList();
    }

    private static Optional<LocalDate> latestCommonRound(
            InstrumentView instrument, List<CheckIn> ones, List<CheckIn> twos) {
        Set<LocalDate> twoRounds = twos.stream()
                .filter(c -> answersAll(instrument, c))
                .map(CheckIn::roundOn)
                .collect(Collectors.toSet());
        return ones.stream()
                .filter(c -> answersAll(instrument, c))
                .map(CheckIn::roundOn)
                .filter(twoRounds::contains)
                .max(Comparator.naturalOrder());
    }

    private static @Nullable CheckIn inRound(List<CheckIn> checkIns, LocalDate round) {
        return checkIns.stream()
                .filter(c -> c.roundOn().equals(round))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable CheckIn latest(InstrumentView instrument, List<CheckIn> checkIns) {
        return checkIns.stream()
                .filter(c -> answersAll(instrument, c))
                .max(Comparator.comparing(CheckIn::roundOn))
                .orElse(null);
    }

    private static @Nullable Integer valueOf(@Nullable CheckIn checkIn, ItemView item) {
        return checkIn == null ? null : checkIn.values().get(item.id());
    }

    static boolean answersAll(InstrumentView instrument, CheckIn checkIn) {
        Map<Long, Integer> values = checkIn.values();
        return instrument.items().stream().allMatch(item -> values.containsKey(item.id()));
    }
}
