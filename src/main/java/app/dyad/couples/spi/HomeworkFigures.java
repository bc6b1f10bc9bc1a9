package app.dyad.couples.spi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Open and overdue homework per couple, for the caseload's homework column. The couples module asks; the module
 * that keeps homework answers.
 */
public interface HomeworkFigures {

    /** How many assignments still owe an answer, and how many of those are past their due date. */
    record Counts(int open, int overdue) {
        public static final Counts NONE = new Counts(0, 0);
    }

    /** The figures for these couples, in one query; couples without homework are absent. */
    Map<Long, Counts> forCouples(Collection<Long> coupleIds, LocalDate today);
}
