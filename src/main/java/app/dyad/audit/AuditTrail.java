package app.dyad.audit;

import app.dyad.base.ui.Formats;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and reads the audit trail: the audit module's public API. */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final AuditWriter writer;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditWriter writer, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.writer = writer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change the caller made; the row commits or rolls back with the change (call inside its transaction). */
    public void recordChange(AuditAction action, @Nullable Long coupleId, @Nullable Long partnerId, @Nullable String detail) {
        writer.withCaller(entry(action, coupleId, partnerId, AuditOutcome.SUCCESS, detail));
    }

    /** Records that the caller read clinical data; kept even if the caller's transaction later fails. */
    public void recordRead(AuditAction action, @Nullable Long coupleId, @Nullable Long partnerId) {
        writer.alone(entry(action, coupleId, partnerId, AuditOutcome.SUCCESS, null));
    }

    /** Records a refused attempt; kept even though the caller's transaction rolls back. */
    public void recordRefusal(AuditAction action, @Nullable Long coupleId, @Nullable Long partnerId, @Nullable String detail) {
        writer.alone(entry(action, coupleId, partnerId, AuditOutcome.DENIED, detail));
    }

    /** Records an event whose actor is known by other means than the security context (e.g. a sign-in). */
    void recordAs(@Nullable Long actorId, @Nullable String actorEmail, @Nullable String actorRole, AuditAction action,
            AuditOutcome outcome, @Nullable String detail) {
        writer.alone(new AuditEntry(clock.instant(), actorId, actorEmail, actorRole, action, null, null, outcome,
                detail, clientIp()));
    }

    private AuditEntry entry(AuditAction action, @Nullable Long coupleId, @Nullable Long partnerId,
            AuditOutcome outcome, @Nullable String detail) {
        SignedInUser user = currentUser.find().orElse(null);
        return new AuditEntry(clock.instant(), user == null ? null : user.accountId(),
                user == null ? null : user.email(), user == null ? null : user.role().name(),
                action, coupleId, partnerId, outcome, detail, clientIp());
    }

    /** One page of audit rows matching the filters, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditQuery query, Pageable pageable) {
        Filters f = filters(query);
        return entries.search(f.actor(), query.coupleId(), query.action(), query.outcome(), f.from(), f.to(),
                PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200),
                        Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id"))))
                .stream().map(AuditEntry::toRecord).toList();
    }

    /** How many audit rows match the filters. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        Filters f = filters(query);
        return entries.count(f.actor(), query.coupleId(), query.action(), query.outcome(), f.from(), f.to());
    }

    /** The query's text and days as the repository needs them: days are whole days in the clinic's zone. */
    private record Filters(String actor, @Nullable Instant from, @Nullable Instant to) {
    }

    private static Filters filters(AuditQuery query) {
        Instant from = query.from() == null ? null : query.from().atStartOfDay(Formats.clinicZone()).toInstant();
        Instant to = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(Formats.clinicZone()).toInstant();
        String actor = query.actor().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return new Filters(actor, from, to);
    }

    private static @Nullable String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
