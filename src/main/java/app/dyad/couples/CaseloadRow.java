package app.dyad.couples;

import app.dyad.couples.spi.HomeworkFigures;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A line of the counselor's caseload, with its open and overdue homework and whether a partner's private message waits
 * to be acknowledged ({@code urgent}).
 */
public record CaseloadRow(
        long id,
        String caseName,
        String partnerOne,
        String partnerTwo,
        CoupleStatus status,
        LocalDate since,
        HomeworkFigures.Counts homework,
        @Nullable Instant nextSession,
        boolean urgent) {

    /** Built by the caseload query from each partner's call name and last name; homework is added after. */
    public CaseloadRow(
            long id,
            String caseName,
            String oneCallName,
            String oneLastName,
            String twoCallName,
            String twoLastName,
            CoupleStatus status,
            LocalDate since) {
        this(
                id,
                caseName,
                oneCallName + " " + oneLastName,
                twoCallName + " " + twoLastName,
                status,
                since,
                HomeworkFigures.Counts.NONE,
                null,
                false);
    }

    CaseloadRow with(HomeworkFigures.Counts counts, @Nullable Instant next, boolean urgentMessage) {
        return new CaseloadRow(id, caseName, partnerOne, partnerTwo, status, since, counts, next, urgentMessage);
    }
}
