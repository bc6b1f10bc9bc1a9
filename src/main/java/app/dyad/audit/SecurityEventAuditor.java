package app.dyad.audit;

import app.dyad.base.AccessDeniedShown;
import app.dyad.identity.AccountChanged;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.PasswordCheckFailed;
import app.dyad.identity.SessionRevoked;
import app.dyad.identity.SignInExpired;
import app.dyad.identity.SignInFailed;
import app.dyad.identity.SignInSucceeded;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TwoStepRecorded;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.StringJoiner;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Turns sign-ins, expired sessions and refused service calls into audit rows. */
@Component
class SecurityEventAuditor {

    private final AuditTrail trail;
    private final CurrentUser currentUser;

    SecurityEventAuditor(AuditTrail trail, CurrentUser currentUser) {
        this.trail = trail;
        this.currentUser = currentUser;
    }

    private @Nullable Long currentActorId() {
        return currentUser.find().map(SignedInUser::accountId).orElse(null);
    }

    private @Nullable String currentActorEmail() {
        return currentUser.find().map(SignedInUser::email).orElse(null);
    }

    private @Nullable String currentActorRole() {
        return currentUser.find().map(u -> u.role().name()).orElse(null);
    }

    @EventListener
    void on(SignInSucceeded event) {
        trail.recordAs(
                event.accountId(), event.email(), event.role().name(), AuditAction.SIGN_IN, AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void on(SignInFailed event) {
        trail.recordAs(null, event.signInName(), null, AuditAction.SIGN_IN, AuditOutcome.FAILURE, event.reason());
    }

    /**
     * Two-step sign-in: set up, each code accepted or refused, a recovery code used, a reset by an admin. A reset is
     * recorded as the admin's act, about the person; the rest as the person's own.
     */
    @EventListener
    void on(TwoStepRecorded event) {
        AuditAction action = switch (event.kind()) {
            case SET_UP -> AuditAction.TWO_STEP_SET_UP;
            case SECOND_STEP -> AuditAction.TWO_STEP_SIGN_IN;
            case RECOVERY_CODE_USED -> AuditAction.RECOVERY_CODE_USED;
            case RESET -> AuditAction.TWO_STEP_RESET;
        };
        AuditOutcome outcome = event.success() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE;
        if (event.kind() == TwoStepRecorded.Kind.RESET) {
            trail.recordAs(
                    currentActorId(),
                    currentActorEmail(),
                    currentActorRole(),
                    action,
                    outcome,
                    event.email() + ": " + event.detail());
            return;
        }
        trail.recordAs(event.accountId(), event.email(), event.role().name(), action, outcome, event.detail());
    }

    /** A session ended by its absolute lifetime: the person was signed out without asking. */
    @EventListener
    void on(SignInExpired event) {
        trail.recordAs(
                event.accountId(),
                event.email(),
                event.role().name(),
                AuditAction.SIGN_IN_EXPIRED,
                AuditOutcome.SUCCESS,
                null);
    }

    /** A session ended by a node because the person's sessions were ended (on this node or another). */
    @EventListener
    void on(SessionRevoked event) {
        trail.recordAs(
                event.accountId(),
                event.email(),
                event.role().name(),
                AuditAction.SESSION_REVOKED,
                AuditOutcome.SUCCESS,
                null);
    }

    /** Account changes, once committed; the actor is whoever is signed in (nobody, for an invitation link). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountChanged event) {
        trail.recordAs(
                currentActorId(),
                currentActorEmail(),
                currentActorRole(),
                AuditAction.ACCOUNT_CHANGED,
                AuditOutcome.SUCCESS,
                event.email() + ": " + event.change());
    }

    /** A wrong current password when confirming a change: recorded although the change is rolled back. */
    @EventListener
    void on(PasswordCheckFailed event) {
        trail.recordAs(
                event.accountId(),
                event.email(),
                currentActorRole(),
                AuditAction.ACCOUNT_CHANGED,
                AuditOutcome.FAILURE,
                "wrong current password");
    }

    /** A page refused by its access annotation, e.g. a client opening the admin's accounts. */
    @EventListener
    void on(AccessDeniedShown event) {
        trail.recordRefusal(AuditAction.PAGE_OPENED, null, null, event.path());
    }

    /**
     * A service method refused by its {@code @PreAuthorize} rule, e.g. a client calling an admin method. When the
     * method names a couple (a {@code coupleId} parameter), the row says which couple was asked for.
     */
    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        if (event.getObject() instanceof MethodInvocation invocation) {
            Method method = invocation.getMethod();
            trail.recordRefusal(
                    AuditAction.SERVICE_CALL,
                    coupleAskedFor(method, invocation.getArguments()),
                    null,
                    method.getDeclaringClass().getSimpleName() + "." + method.getName()
                            + idsAskedFor(method, invocation.getArguments()));
        }
    }

    /**
     * The record ids the refused call named, e.g. "(assignmentId=42)", so a refusal keyed by an assignment, goal or
     * session still says what was asked for. Only {@code long} parameters named {@code …Id}: never text, which
     * could be clinical.
     */
    private static String idsAskedFor(Method method, @Nullable Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        StringJoiner ids = new StringJoiner(", ", "(", ")").setEmptyValue("");
        for (int i = 0; i < parameters.length && i < arguments.length; i++) {
            if (parameters[i].getName().endsWith("Id") && arguments[i] instanceof Long id) {
                ids.add(parameters[i].getName() + "=" + id);
            }
        }
        return ids.toString();
    }

    private static @Nullable Long coupleAskedFor(Method method, @Nullable Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length && i < arguments.length; i++) {
            if (parameters[i].getName().equals("coupleId") && arguments[i] instanceof Long id) {
                return id;
            }
        }
        return null;
    }
}
