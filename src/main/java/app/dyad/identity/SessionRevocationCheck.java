package app.dyad.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on this node when the person's sessions were ended on any node ({@link SessionRevocations}): at
 * sign-in the session is stamped with the account's generation; on every later request, before the security context
 * is read from the session, a session stamped with an older generation is invalidated (and with it the Vaadin
 * session and its UIs), so that request is already anonymous and gets the sign-in page. Audited as
 * {@link SessionRevoked}. Not a bean, like {@code AbsoluteSessionLifetime}: Spring Boot would register a filter bean a
 * second time, outside the security chain.
 */
public final class SessionRevocationCheck extends OncePerRequestFilter implements SessionAuthenticationStrategy {

    private final SessionRevocations revocations;
    private final ApplicationEventPublisher events;

    public SessionRevocationCheck(SessionRevocations revocations, ApplicationEventPublisher events) {
        this.revocations = revocations;
        this.events = events;
    }

    /** At sign-in (the password step): the session is good until the account's next revocation. */
    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof AccountPrincipal person) {
            revocations.signedIn(request.getSession(), person.accountId());
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            @Nullable AccountPrincipal person = principal(session);
            if (person != null && revocations.isRevoked(session, person.accountId())) {
                end(session, person);
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpSession session, AccountPrincipal person) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            return; // a parallel request of the same session ended it first, and recorded it
        }
        if (person instanceof SignedInUser user) {
            events.publishEvent(new SessionRevoked(user.accountId(), user.email(), user.role()));
        }
    }

    private static @Nullable AccountPrincipal principal(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                    instanceof SecurityContext context
                            && context.getAuthentication() != null
                            && context.getAuthentication().getPrincipal() instanceof AccountPrincipal person
                    ? person
                    : null;
        } catch (IllegalStateException alreadyEnded) {
            return null;
        }
    }
}
