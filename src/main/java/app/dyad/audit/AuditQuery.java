package app.dyad.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The admin's filters; any may be empty. Dates are whole days in the clinic's zone, both inclusive. */
public record AuditQuery(
        String actor,
        @Nullable Long coupleId,
        @Nullable AuditAction action,
        @Nullable AuditOutcome outcome,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery("", null, null, null, null, null);
    }
}
