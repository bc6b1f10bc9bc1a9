package app.dyad.identity.ui;

import app.dyad.identity.SignInExpired;
import app.dyad.identity.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session ends a fixed time after sign-in, however busy it is: the idle timeout alone would let a session left open
 * on a shared computer (Vaadin's heartbeat keeps an open tab busy) or a stolen cookie live for ever. The sign-in
 * instant is written into the session when Spring Security signs someone in; on every later request this filter runs
 * before the security context is read from the session, so the request that comes too late is already anonymous and
 * gets the sign-in page. Not a bean: Spring Boot would register it a second time, outside the security chain.
 */
class AbsoluteSessionLifetime extends OncePerRequestFilter implements SessionAuthenticationStrategy {

    private static final String SIGNED_IN_AT = AbsoluteSessionLifetime.class.getName() + ".SIGNED_IN_AT";

    private final Duration lifetime;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AbsoluteSessionLifetime(Duration lifetime, Clock clock, ApplicationEventPublisher events) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.events = events;
    }

    /** At sign-in: the lifetime starts now. */
    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isOver(session)) {
            end(session);
        }
        chain.doFilter(request, response);
    }

    private void end(HttpSession session) {
        @Nullable SignedInUser user;
        try {
            user = signedInUser(session);
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            return; // a parallel request of the same session ended it first, and recorded it
        }
        if (user != null) {
            events.publishEvent(new SignInExpired(user.accountId(), user.email(), user.role()));
        }
    }

    private boolean isOver(HttpSession session) {
        try {
            return session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                    && !clock.instant().isBefore(signedInAt.plus(lifetime));
        } catch (IllegalStateException alreadyEnded) {
            return false;
        }
    }

    private static @Nullable SignedInUser signedInUser(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                instanceof SecurityContext context
                        && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal() instanceof SignedInUser user
                ? user
                : null;
    }
}
