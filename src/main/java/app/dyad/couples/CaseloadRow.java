package app.dyad.couples;

import java.time.LocalDate;

/** A line of the counselor's caseload. Later features add next session and homework counts. */
public record CaseloadRow(long id, String caseName, String partnerOne, String partnerTwo, CoupleStatus status,
        LocalDate since) {

    /** Built by the caseload query from each partner's call name and last name. */
    public CaseloadRow(long id, String caseName, String oneCallName, String oneLastName, String twoCallName,
            String twoLastName, CoupleStatus status, LocalDate since) {
        this(id, caseName, oneCallName + " " + oneLastName, twoCallName + " " + twoLastName, status, since);
    }
}
