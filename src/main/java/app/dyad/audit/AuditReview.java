package app.dyad.audit;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.Paging;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic admin reads the audit trail: filters by person, couple, action, outcome and clinic days. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditReview {

    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id"));

    private final AuditEntryRepository entries;
    private final ClinicCalendar calendar;

    AuditReview(AuditEntryRepository entries, ClinicCalendar calendar) {
        this.entries = entries;
        this.calendar = calendar;
    }

    /** One page of audit rows matching the filters, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditQuery query, Pageable pageable) {
        Filters f = filters(query);
        return entries
                .search(
                        f.actor(),
                        query.coupleId(),
                        query.action(),
                        query.outcome(),
                        f.from(),
                        f.to(),
                        Paging.clamp(pageable, NEWEST_FIRST))
                .stream()
                .map(AuditEntry::toRecord)
                .toList();
    }

    /** How many audit rows match the filters. */
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        Filters f = filters(query);
        return entries.count(f.actor(), query.coupleId(), query.action(), query.outcome(), f.from(), f.to());
    }

    /** The query's text and days as the repository needs them: days are whole days in the clinic's zone. */
    private record Filters(
            String actor, @Nullable Instant from, @Nullable Instant to) {}

    private Filters filters(AuditQuery query) {
        Instant from = query.from() == null ? null : calendar.startOf(query.from());
        Instant to = query.to() == null ? null : calendar.endOf(query.to());
        String actor =
                query.actor().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return new Filters(actor, from, to);
    }
}
