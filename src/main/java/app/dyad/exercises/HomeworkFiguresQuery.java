package app.dyad.exercises;

import app.dyad.couples.spi.HomeworkFigures;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts open and overdue homework for the caseload with one query per page of couples. */
@Component
class HomeworkFiguresQuery implements HomeworkFigures {

    private final AssignmentRepository assignments;

    HomeworkFiguresQuery(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Counts> forCouples(Collection<Long> coupleIds, LocalDate today) {
        Map<Long, Counts> figures = new HashMap<>();
        if (coupleIds.isEmpty()) {
            return figures;
        }
        for (OwingHomework row : assignments.owing(coupleIds, Assignment.Status.ACTIVE)) {
            int required = row.audience() == Audience.BOTH_SEPARATELY ? 2 : 1;
            if (row.submitted() >= required) {
                continue;
            }
            Counts current = figures.getOrDefault(row.coupleId(), Counts.NONE);
            figures.put(
                    row.coupleId(),
                    new Counts(
                            current.open() + 1, current.overdue() + (row.dueOn().isBefore(today) ? 1 : 0)));
        }
        return figures;
    }
}
