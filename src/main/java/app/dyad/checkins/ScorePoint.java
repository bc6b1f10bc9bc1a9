package app.dyad.checkins;

import java.time.LocalDate;

/** One partner's score in one round. */
public record ScorePoint(LocalDate roundOn, double score) {}
