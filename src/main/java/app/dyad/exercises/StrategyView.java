package app.dyad.exercises;

/** A strategy as shown in the library. */
public record StrategyView(long id, String code, int position, String name, String summary, String sources) {}
