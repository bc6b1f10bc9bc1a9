package app.dyad.identity;

import app.dyad.base.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own two-step sign-in. Role rule: anyone with a session, but only for themselves, and by step: someone
 * between the steps may only type a code (or set up, when the clinic requires it and they have none yet); someone
 * signed in may set it up and see its state. Nobody can see or change another person's here (admins reset it in
 * {@link AccountAdminService}).
 *
 * <p>A wrong code counts exactly like a wrong password ({@link SignInAttempts}, {@link SignInThrottle}): the same
 * lockout, and on the code page the same message. A password reset never removes the second step: only an admin
 * can, and the person must then set it up again.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TwoStepService {

    /** The field a wrong code is shown next to. */
    public static final String CODE_FIELD = "code";

    /** The longest text worked on as a code: a recovery code typed with its dash and a few spaces. */
    static final int MAX_TYPED_LENGTH = 64;

    private final SecondFactors factors;
    private final TwoStepPolicy policy;
    private final UserAccountRepository accounts;
    private final SignInAttempts attempts;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ActiveSessions activeSessions;
    private final TwoStepMails mails;

    TwoStepService(
            SecondFactors factors,
            TwoStepPolicy policy,
            UserAccountRepository accounts,
            SignInAttempts attempts,
            SignInThrottle throttle,
            Clock clock,
            ApplicationEventPublisher events,
            ActiveSessions activeSessions,
            TwoStepMails mails) {
        this.factors = factors;
        this.policy = policy;
        this.accounts = accounts;
        this.attempts = attempts;
        this.throttle = throttle;
        this.clock = clock;
        this.events = events;
        this.activeSessions = activeSessions;
        this.mails = mails;
    }

    /** The person between the two steps, if that is who is calling. */
    public Optional<AwaitingSecondStep> awaiting() {
        return principal() instanceof AwaitingSecondStep awaiting ? Optional.of(awaiting) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public TwoStepStatus myStatus() {
        SignedInUser me = signedIn();
        return new TwoStepStatus(
                factors.setUpSince(me.accountId())
                        .filter(since -> factors.isSetUp(me.accountId()))
                        .orElse(null),
                factors.recoveryCodesLeft(me.accountId()),
                policy.requiredFor(me.role()));
    }

    /** A fresh secret to set up with; one shown before and never confirmed stops counting. */
    @Transactional
    public TwoStepSetUp startSetUp() {
        AccountPrincipal me = settingUp();
        if (factors.isSetUp(me.accountId())) {
            throw new AccessDeniedException("two-step sign-in is already set up");
        }
        UserAccount account = accounts.findById(me.accountId()).orElseThrow();
        return factors.begin(account.id(), account.email());
    }

    /**
     * Finishes setting up with a current code from the app: the ten recovery codes, shown this once. Someone who
     * was made to set it up at sign-in is signed in by it. A wrong code changes nothing and says so by the field.
     */
    @Transactional
    public List<String> confirmSetUp(String code) {
        AccountPrincipal me = settingUp();
        UserAccount account = accounts.findById(me.accountId()).orElseThrow();
        Optional<List<String>> recoveryCodes = factors.confirm(account.id(), code);
        if (recoveryCodes.isEmpty()) {
            recorded(account, TwoStepRecorded.Kind.SET_UP, false, "wrong code while setting up");
            throw InvalidInputException.of(CODE_FIELD, "two-step.code.wrong");
        }
        // a session opened before may be someone else's (a stolen one could have done this very set-up): it ends, and
        // the person is told by mail
        int ended = activeSessions.endOthersOf(account.id());
        mails.tellSetUp(account);
        recorded(account, TwoStepRecorded.Kind.SET_UP, true, ended + " other session(s) ended");
        if (me instanceof AwaitingSecondStep) {
            finishSignIn(account);
        }
        return recoveryCodes.get();
    }

    /**
     * The second step of signing in: a 6-digit code from the app (each accepted once) or a recovery code (each
     * works once). Not one transaction: a wrong code is counted in its own, so it counts even if the rest fails.
     */
    public SecondStepOutcome signInWithCode(String typed) {
        AwaitingSecondStep me = awaiting()
                .filter(awaiting -> !awaiting.mustSetUp())
                .orElseThrow(() -> new AccessDeniedException("no sign-in is waiting for a code"));
        UserAccount account = accounts.findById(me.accountId()).orElseThrow();
        if (!account.maySignInAt(clock.instant())) {
            recorded(account, TwoStepRecorded.Kind.SECOND_STEP, false, "account locked");
            return locked();
        }
        Optional<ClientAddress> address = ClientAddress.ofCurrentRequest();
        if (address.isPresent() && throttle.refuses(address.get())) {
            events.publishEvent(
                    new SignInFailed(account.email(), DyadAuthenticationProvider.TOO_MANY_FAILURES_FROM_ADDRESS));
            return SecondStepOutcome.REFUSED;
        }
        // the page allows 16 characters; anything longer is no code, and is not worked on
        String code = typed == null || typed.length() > MAX_TYPED_LENGTH ? "" : typed;
        boolean recovery = RecoveryCodes.looksLikeOne(code);
        boolean accepted =
                recovery ? factors.useRecoveryCode(account.id(), code) : factors.acceptCode(account.id(), code);
        if (accepted) {
            recorded(
                    account,
                    recovery ? TwoStepRecorded.Kind.RECOVERY_CODE_USED : TwoStepRecorded.Kind.SECOND_STEP,
                    true,
                    recovery ? factors.recoveryCodesLeft(account.id()) + " recovery codes left" : "authenticator code");
            finishSignIn(account);
            return SecondStepOutcome.SIGNED_IN;
        }
        attempts.failed(account.email());
        address.ifPresent(throttle::failed);
        recorded(
                account,
                TwoStepRecorded.Kind.SECOND_STEP,
                false,
                recovery ? "wrong or used recovery code" : "wrong or used authenticator code");
        boolean nowLocked = accounts.findById(account.id())
                .map(reloaded -> !reloaded.maySignInAt(clock.instant()))
                .orElse(true);
        if (nowLocked) {
            // locked at the code, after the right password: whoever it was knows the password, and the person hears
            mails.tellLockedAtSecondStep(account);
            return locked();
        }
        return SecondStepOutcome.REFUSED;
    }

    /** Both steps done: failures are forgotten only now, so wrong codes add up across password sign-ins. */
    private void finishSignIn(UserAccount account) {
        attempts.succeeded(account.id());
        events.publishEvent(new SignInSucceeded(account.id(), account.email(), account.role()));
        SecurityContextHolder.getContext().setAuthentication(SignInTokens.signedIn(account, true));
    }

    private SecondStepOutcome locked() {
        // the session's own context object (the holder's is the one the session keeps): nobody is signed in now
        SecurityContextHolder.getContext().setAuthentication(null);
        return SecondStepOutcome.LOCKED;
    }

    private void recorded(UserAccount account, TwoStepRecorded.Kind kind, boolean success, @Nullable String detail) {
        events.publishEvent(new TwoStepRecorded(account.id(), account.email(), account.role(), kind, success, detail));
    }

    private AccountPrincipal settingUp() {
        Object principal = principal();
        if (principal instanceof SignedInUser user) {
            return user;
        }
        if (principal instanceof AwaitingSecondStep awaiting && awaiting.mustSetUp()) {
            return awaiting;
        }
        throw new AccessDeniedException("setting up two-step sign-in needs a signed-in person");
    }

    private SignedInUser signedIn() {
        if (principal() instanceof SignedInUser user) {
            return user;
        }
        throw new AccessDeniedException("not signed in");
    }

    private static Object principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getPrincipal();
    }
}
