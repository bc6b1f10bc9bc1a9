package app.dyad.audit;

import app.dyad.identity.CurrentUser;
import app.dyad.identity.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail: every module records reads, changes and refusals here. Recording is open to any caller
 * (a refusal must be recorded whoever was refused), so this is a component, not a service with a role rule; reading
 * the trail is {@link AuditReview}, for admins only.
 */
@Component
public class AuditTrail {

    private final AuditWriter writer;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditWriter writer, CurrentUser currentUser, Clock clock) {
        this.writer = writer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change the caller made; the row commits or rolls back with the change (call inside its transaction). */
    public void recordChange(
            AuditAction action, @Nullable Long coupleId, @Nullable Long partnerId, @Nullable String detail) {
        writer.withCaller(entry(action, coupleId, partnerId, AuditOutcome.SUCCESS, detail));
    }

    /** Records that the caller read clinical data; kept even if the caller's transaction later fails. */
    public void recordRead(AuditAction action, @Nullable Long coupleId, @Nullable Long partnerId) {
        writer.alone(entry(action, coupleId, partnerId, AuditOutcome.SUCCESS, null));
    }

    /** Records a read of clinical data with what was read and why (an export), kept like {@link #recordRead}. */
    public void recordRead(
            AuditAction action, @Nullable Long coupleId, @Nullable Long partnerId, @Nullable String detail) {
        writer.alone(entry(action, coupleId, partnerId, AuditOutcome.SUCCESS, detail));
    }

    /** Records a refused attempt; kept even though the caller's transaction rolls back. */
    public void recordRefusal(
            AuditAction action, @Nullable Long coupleId, @Nullable Long partnerId, @Nullable String detail) {
        writer.alone(entry(action, coupleId, partnerId, AuditOutcome.DENIED, detail));
    }

    /** Records an event whose actor is known by other means than the security context (e.g. a sign-in). */
    void recordAs(
            @Nullable Long actorId,
            @Nullable String actorEmail,
            @Nullable String actorRole,
            AuditAction action,
            AuditOutcome outcome,
            @Nullable String detail) {
        writer.alone(new AuditEntry(
                clock.instant(), actorId, actorEmail, actorRole, action, null, null, outcome, detail, clientIp()));
    }

    private AuditEntry entry(
            AuditAction action,
            @Nullable Long coupleId,
            @Nullable Long partnerId,
            AuditOutcome outcome,
            @Nullable String detail) {
        SignedInUser user = currentUser.find().orElse(null);
        return new AuditEntry(
                clock.instant(),
                user == null ? null : user.accountId(),
                user == null ? null : user.email(),
                user == null ? null : user.role().name(),
                action,
                coupleId,
                partnerId,
                outcome,
                detail,
                clientIp());
    }

    private static @Nullable String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
