package app.dyad.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Every request the virtual users make, with its time; read out step by step. */
final class RoundTrips {

    record Trip(String label, long nanos, boolean ok) {}

    /** One step's figures: how many round trips, their median and 95th percentile, the slowest, the failures. */
    record Window(int trips, double p50Millis, double p95Millis, double maxMillis, long errors) {}

    private final ConcurrentLinkedQueue<Trip> trips = new ConcurrentLinkedQueue<>();
    private final AtomicLong failures = new AtomicLong();
    private final Map<String, AtomicLong> failureKinds = new ConcurrentHashMap<>();

    private final Map<String, List<Long>> byLabel = new HashMap<>();

    void record(String label, long nanos, boolean ok) {
        trips.add(new Trip(label, nanos, ok));
    }

    /** Each kind of round trip over the steps drained with {@code keep}: count, p50, p95 in ms. */
    List<String> byLabel() {
        List<String> rows = new ArrayList<>();
        new TreeMap<>(byLabel).forEach((label, times) -> {
            List<Long> sorted = new ArrayList<>(times);
            sorted.sort(Long::compare);
            rows.add(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f |",
                    label,
                    sorted.size(),
                    percentile(sorted, 0.5),
                    percentile(sorted, 0.95)));
        });
        return rows;
    }

    /** A virtual user's loop broke (an HTTP error, a Vaadin error, a timeout); counted once per break. */
    void failure(String kind) {
        failures.incrementAndGet();
        failureKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    Map<String, Long> failureKinds() {
        Map<String, Long> kinds = new TreeMap<>();
        failureKinds.forEach((kind, count) -> kinds.put(kind, count.get()));
        return kinds;
    }

    /**
     * The trips since the last call, and the failures since then. The percentiles are of Vaadin's round trips (a
     * page's UI opened, a navigation, a click): a sign-in waits for Argon2 on purpose and is counted apart.
     */
    Window drain(long failuresBefore, boolean keep) {
        List<Long> times = new ArrayList<>();
        long httpErrors = 0;
        for (Trip trip = trips.poll(); trip != null; trip = trips.poll()) {
            if (keep) {
                byLabel.computeIfAbsent(trip.label(), label -> new ArrayList<>())
                        .add(trip.nanos());
            }
            if (!trip.label().equals("sign-in") && !trip.label().equals("login-page")) {
                times.add(trip.nanos());
            }
            if (!trip.ok()) {
                httpErrors++;
            }
        }
        times.sort(Long::compare);
        long broken = failures.get() - failuresBefore;
        return new Window(
                times.size(),
                percentile(times, 0.50),
                percentile(times, 0.95),
                times.isEmpty() ? 0 : times.getLast() / 1e6,
                Math.max(httpErrors, broken));
    }

    long failures() {
        return failures.get();
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
