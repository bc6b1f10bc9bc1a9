package app.dyad.audit;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.Paging;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic admin reads the audit trail: filters by person, couple (id or name), action, outcome and clinic
 * days. Confidential actions (a partner's private channel) are left out of every page and count. Rows carry the couple's and partner's names (never clinical text), looked up through
 * {@link CoupleNames} because the couples module depends on this one, not the other way round.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditReview {

    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id"));

    /**
     * A name filter narrows to at most this many couples (the lowest ids first), so the query stays one indexed
     * {@code couple_id in (...)}; a fragment that matches more is too short to be useful anyway.
     */
    static final int MAX_NAMED_COUPLES = 500;

    /** Stands for "no couple" in the id list when the name filter is off: an empty list is not valid SQL. */
    private static final List<Long> NO_COUPLES = List.of(-1L);

    private final AuditEntryRepository entries;
    private final ClinicCalendar calendar;
    private final CoupleNames names;

    AuditReview(AuditEntryRepository entries, ClinicCalendar calendar, CoupleNames names) {
        this.entries = entries;
        this.calendar = calendar;
        this.names = names;
    }

    /** One page of audit rows matching the filters, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditQuery query, Pageable pageable) {
        Filters f = filters(query);
        if (f.nameMatchesNoCouple()) {
            return List.of();
        }
        List<AuditRecord> rows = entries
                .search(
                        f.actor(),
                        query.coupleId(),
                        f.byName(),
                        f.namedCouples(),
                        query.action(),
                        query.outcome(),
                        f.from(),
                        f.to(),
                        AuditAction.confidential(),
                        Paging.clamp(pageable, NEWEST_FIRST))
                .stream()
                .map(AuditEntry::toRecord)
                .toList();
        return withNames(rows);
    }

    /** How many audit rows match the filters. */
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        Filters f = filters(query);
        if (f.nameMatchesNoCouple()) {
            return 0;
        }
        return entries.count(
                f.actor(),
                query.coupleId(),
                f.byName(),
                f.namedCouples(),
                query.action(),
                query.outcome(),
                f.from(),
                f.to(),
                AuditAction.confidential());
    }

    /** One lookup of couple names and one of partner names for the whole page. */
    private List<AuditRecord> withNames(List<AuditRecord> rows) {
        Set<Long> coupleIds = rows.stream()
                .map(AuditRecord::coupleId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> partnerIds = rows.stream()
                .map(AuditRecord::partnerId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> couples = coupleIds.isEmpty() ? Map.of() : names.coupleNames(coupleIds);
        Map<Long, String> partners = partnerIds.isEmpty() ? Map.of() : names.partnerNames(partnerIds);
        return rows.stream()
                .map(row -> row.withNames(
                        row.coupleId() == null ? null : couples.get(row.coupleId()),
                        row.partnerId() == null ? null : partners.get(row.partnerId())))
                .toList();
    }

    /** The query's text and days as the repository needs them: days are whole days in the clinic's zone. */
    private record Filters(
            String actor,
            boolean byName,
            List<Long> namedCouples,
            @Nullable Instant from,
            @Nullable Instant to) {

        boolean nameMatchesNoCouple() {
            return byName && namedCouples.isEmpty();
        }
    }

    private Filters filters(AuditQuery query) {
        Instant from = query.from() == null ? null : calendar.startOf(query.from());
        Instant to = query.to() == null ? null : calendar.endOf(query.to());
        String actor =
                query.actor().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        boolean byName = !query.coupleName().isBlank();
        List<Long> namedCouples = byName ? names.couplesNamed(query.coupleName(), MAX_NAMED_COUPLES) : NO_COUPLES;
        return new Filters(actor, byName, namedCouples, from, to);
    }
}
