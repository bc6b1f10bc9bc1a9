package app.dyad.couples;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A line of the admin's list of all couples: no clinical content. */
public record AdminCoupleRow(
        long id,
        long version,
        String caseName,
        String partnerOne,
        String partnerTwo,
        String contact,
        CoupleStatus status,
        LocalDate since,
        long counselorId,
        String counselorName) {

    /** Built by the admin query; the counselor's name is added by the service. */
    public AdminCoupleRow(
            long id,
            long version,
            String caseName,
            String oneCallName,
            String oneLastName,
            String twoCallName,
            String twoLastName,
            @Nullable String oneEmail,
            @Nullable String twoEmail,
            CoupleStatus status,
            LocalDate since,
            long counselorId) {
        this(
                id,
                version,
                caseName,
                oneCallName + " " + oneLastName,
                twoCallName + " " + twoLastName,
                Stream.of(oneEmail, twoEmail).filter(Objects::nonNull).collect(Collectors.joining(", ")),
                status,
                since,
                counselorId,
                "");
    }

    AdminCoupleRow withCounselorName(String name) {
        return new AdminCoupleRow(
                id, version, caseName, partnerOne, partnerTwo, contact, status, since, counselorId, name);
    }
}
