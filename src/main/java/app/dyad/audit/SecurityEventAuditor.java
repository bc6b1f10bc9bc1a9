package app.dyad.audit;

import app.dyad.base.ui.AccessDeniedShown;
import app.dyad.identity.AccountChanged;
import app.dyad.identity.SignInFailed;
import app.dyad.identity.SignInSucceeded;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Turns sign-ins and refused service calls into audit rows. */
@Component
class SecurityEventAuditor {

    private final AuditTrail trail;

    SecurityEventAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(SignInSucceeded event) {
        trail.recordAs(event.accountId(), event.email(), event.role().name(), AuditAction.SIGN_IN,
                AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void on(SignInFailed event) {
        trail.recordAs(null, event.typedEmail(), null, AuditAction.SIGN_IN, AuditOutcome.FAILURE, null);
    }

    /** Account changes, once committed; the actor is whoever is signed in (nobody, for an invitation link). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountChanged event) {
        trail.record(AuditAction.ACCOUNT_CHANGED, null, null, AuditOutcome.SUCCESS,
                event.email() + ": " + event.change());
    }

    /** A page refused by its access annotation, e.g. a client opening the admin's accounts. */
    @EventListener
    void on(AccessDeniedShown event) {
        trail.record(AuditAction.PAGE_OPENED, null, null, AuditOutcome.DENIED, event.path());
    }

    /** A service method refused by its {@code @PreAuthorize} rule, e.g. a client calling an admin method. */
    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        if (event.getObject() instanceof MethodInvocation invocation) {
            trail.record(AuditAction.SERVICE_CALL, null, null, AuditOutcome.DENIED,
                    invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName());
        }
    }
}
