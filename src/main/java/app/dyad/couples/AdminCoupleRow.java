package app.dyad.couples;

import java.time.LocalDate;

/** A line of the admin's list of all couples: no clinical content. */
public record AdminCoupleRow(long id, String caseName, String partnerOne, String partnerTwo, CoupleStatus status,
        LocalDate since, long counselorId, String counselorName) {

    /** Built by the admin query; the counselor's name is added by the service. */
    public AdminCoupleRow(long id, String caseName, String oneCallName, String oneLastName, String twoCallName,
            String twoLastName, CoupleStatus status, LocalDate since, long counselorId) {
        this(id, caseName, oneCallName + " " + oneLastName, twoCallName + " " + twoLastName, status, since,
                counselorId, "");
    }

    AdminCoupleRow withCounselorName(String name) {
        return new AdminCoupleRow(id, caseName, partnerOne, partnerTwo, status, since, counselorId, name);
    }
}
