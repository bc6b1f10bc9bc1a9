package app.dyad.identity.ui;

import app.dyad.base.ui.Autosave;
import app.dyad.base.ui.QuickExit;
import app.dyad.identity.Role;
import app.dyad.identity.SessionRevocationCheck;
import app.dyad.identity.SessionRevocations;
import app.dyad.mail.Unsubscribe;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default: Vaadin's configurer allows its own resources, the login and invitation views and (for signed-in
 * people) annotated routes; a reminder's one-click unsubscribe address is open (its token is signed); a page being left
 * posts its unsaved text for a signed-in person ({@code Autosave}); every other request is refused. Lives with the
 * views because it is Vaadin's.
 *
 * <p>Every response, refusals and error pages included, carries the security headers below; every response but
 * the static bundles and the theme's stylesheet is marked {@code no-store}, so no page with clinical data stays in
 * the browser's cache or on a shared computer's disk.
 *
 * <p>Sessions: a new id at sign-in, no remember-me, and an absolute lifetime after sign-in
 * ({@link AbsoluteSessionLifetime}); the cookie's flags and the trusted proxies are in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfig {

    /**
     * The strictest policy Vaadin Flow works with. Flow's bootstrap page starts its client engine with an inline
     * script and the engine builds functions from the JavaScript the server sends ({@code executeJs}, event data),
     * so scripts need {@code 'unsafe-inline' 'unsafe-eval'}; components set inline styles, so styles need
     * {@code 'unsafe-inline'}. Everything else comes from Dyad's own origin only.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Dyad uses none of these browser features. */
    static final String PERMISSIONS_POLICY = String.join(
            ", ",
            "camera=()",
            "microphone=()",
            "geolocation=()",
            "display-capture=()",
            "payment=()",
            "usb=()",
            "serial=()",
            "accelerometer=()",
            "gyroscope=()",
            "magnetometer=()");

    /**
     * Files that are the same for everyone and may be cached: Vaadin's static bundles and the theme. Not Vaadin's
     * dynamic resources (downloads such as a signed note) nor its push channel, which live under /VAADIN/ too.
     */
    private static final RequestMatcher STATIC_FILES = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.startsWith("/VAADIN/") && !path.startsWith("/VAADIN/dynamic/") && !path.startsWith("/VAADIN/push"))
                || path.startsWith("/themes/");
    };

    /**
     * Spring Security writes its headers when the response is committed, but the pages Vaadin renders (sign-in,
     * views, refusals) are completed without passing that hook: they carried only Vaadin's own
     * {@code X-Frame-Options: SAMEORIGIN} and none of Spring's headers (see SecurityHeadersIT). Most likely Vaadin's
     * forward to its servlet; written before the request goes on, the headers reach every response.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_HEADERS_EAGERLY = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    /**
     * Vaadin's check of the views' access annotations, and the second step's: between the password and the code
     * only the code (or set-up) page opens ({@link SecondStepGate}).
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withAvailableNavigationAccessCheckers(checker -> checker instanceof SecondStepGate);
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            RequestUtil requestUtil,
            Clock clock,
            ApplicationEventPublisher events,
            SessionRevocations revocations,
            @Value("${dyad.session.absolute-lifetime:12h}") Duration absoluteLifetime)
            throws Exception {
        // RFC 8058: a mail program posts a reminder's one-click unsubscribe with no session and no CSRF token; the
        // signed token in the path is the authority, and it turns off one kind of reminder for one person, no more
        RequestMatcher oneClickUnsubscribe =
                PathPatternRequestMatcher.withDefaults().matcher(Unsubscribe.ONE_CLICK_PATH + "*");
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(oneClickUnsubscribe).permitAll());
        // "Leave quickly" signs out and sends the browser on to a neutral site, whoever asks: a person whose session
        // already ended must still be sent away, not shown a sign-in page
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, QuickExit.PATH))
                .permitAll());
        // a page being left posts its unsaved text here (Autosave), with Spring's CSRF token; the form's own service
        // decides whether this person may save it. A role, not just a sign-in: between the password and the second
        // step a session is authenticated but has none
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, Autosave.LEAVING_PATH + "*"))
                .hasAnyRole(Role.ADMIN.name(), Role.COUNSELOR.name(), Role.CLIENT.name()));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        // Vaadin would also exempt the sign-in form from Spring's CSRF check; see below
                        .enableCsrfConfiguration(false)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::denyAll));
        // Vaadin's own requests carry Vaadin's CSRF token. The sign-in form must carry Spring's, which the sign-in
        // page puts in its <meta> tags and the login form posts: without it another site could sign a person's
        // browser into an account of its choosing (ServerSurfaceIT).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest, oneClickUnsubscribe));
        // a session lasts as long as the person's presence: no cookie signs anyone in again (SessionCookieIT)
        http.rememberMe(AbstractHttpConfigurer::disable);
        AbsoluteSessionLifetime lifetime = new AbsoluteSessionLifetime(absoluteLifetime, clock, events);
        http.addFilterBefore(lifetime, SecurityContextHolderFilter.class);
        // sessions ended on another node (deactivated, password reset ...) end here within seconds (issue 16)
        SessionRevocationCheck revocationCheck = new SessionRevocationCheck(revocations, events);
        http.addFilterBefore(revocationCheck, SecurityContextHolderFilter.class);
        http.sessionManagement(sessions -> {
            // a new session id at sign-in (Spring's default, stated here): a cookie planted before is worth nothing
            sessions.sessionFixation(fixation -> fixation.changeSessionId());
            sessions.addSessionAuthenticationStrategy(lifetime);
            sessions.addSessionAuthenticationStrategy(revocationCheck);
            sessions.maximumSessions(-1).sessionRegistry(sessionRegistry);
        });
        http.headers(headers -> headers.withObjectPostProcessor(WRITE_HEADERS_EAGERLY)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                .contentTypeOptions(Customizer.withDefaults())
                // Spring's own Cache-Control writer steps aside when a response already names a policy; ours
                // overrides it, and leaves the static files alone.
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(STATIC_FILES), (request, response) -> {
                            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                            response.setHeader(HttpHeaders.PRAGMA, "no-cache");
                            response.setHeader(HttpHeaders.EXPIRES, "0");
                        })));
        return http.build();
    }
}
