package app.dyad.exercises;

import java.time.LocalDate;

/** An active assignment of a couple with how many answers were submitted so far (for caseload figures). */
record OwingHomework(long coupleId, Audience audience, LocalDate dueOn, long submitted) {}
