package app.dyad.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The admin's filters; any may be empty. Dates are whole days in the clinic's zone, both inclusive. The couple
 * is found by its id, or by its case name or a partner's name ({@code coupleName}, part of a name is enough).
 */
public record AuditQuery(
        String actor,
        @Nullable Long coupleId,
        String coupleName,
        @Nullable AuditAction action,
        @Nullable AuditOutcome outcome,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    /** The filters without a couple name. */
    public AuditQuery(
            String actor,
            @Nullable Long coupleId,
            @Nullable AuditAction action,
            @Nullable AuditOutcome outcome,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        this(actor, coupleId, "", action, outcome, from, to);
    }

    public static AuditQuery everything() {
        return new AuditQuery("", null, null, null, null, null);
    }
}
