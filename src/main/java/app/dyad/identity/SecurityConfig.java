package app.dyad.identity;

import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Method security and sign-in: every service states its role rule with {@code @PreAuthorize}, and a refused call
 * is published so the audit trail records it. JSR-250 method security stays off: {@code @RolesAllowed} on views is
 * enforced by Vaadin's navigation access control, and would otherwise make Spring proxy views. The web filter chain
 * is {@code identity.ui.WebSecurityConfig}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Sign-in through Dyad's provider only (also used by the demo data to act as demo counselors). */
    @Bean
    AuthenticationManager authenticationManager(DyadAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    /** Publishes refused method calls as events, so the audit trail records them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    private static final Authentication NOBODY = new AnonymousAuthenticationToken(
            "no-authentication", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    /**
     * A guarded call on a thread with no authentication at all (start-up, a scheduled job) is judged as an anonymous
     * visitor's, so its refusal is an ordinary denial, published and audited, instead of an exception thrown before
     * any decision. The interceptor's own supplier is used; only "nobody at all" becomes anonymous. {@code @Primary}
     * because Spring Security registers its own (observation) post-processor, which does nothing here as there is
     * no observation registry; with Micrometer observation added, this must apply it too.
     */
    @Bean
    @Primary
    static ObjectPostProcessor<AuthorizationManager<MethodInvocation>> anonymousWhenNotAuthenticated() {
        return new ObjectPostProcessor<>() {
            @Override
            @SuppressWarnings("unchecked")
            public <O extends AuthorizationManager<MethodInvocation>> O postProcess(O manager) {
                AuthorizationManager<MethodInvocation> judged = (authentication, invocation) ->
                        manager.authorize(() -> orAnonymous(authentication), invocation);
                return (O) judged;
            }
        };
    }

    private static Authentication orAnonymous(Supplier<? extends Authentication> authentication) {
        try {
            return authentication.get();
        } catch (AuthenticationCredentialsNotFoundException nobody) {
            return NOBODY;
        }
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
