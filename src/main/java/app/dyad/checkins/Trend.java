package app.dyad.checkins;

import java.util.List;

/** One partner's scores on one instrument, oldest first; empty when they have none the reader may see. */
public record Trend(String name, List<ScorePoint> points) {}
