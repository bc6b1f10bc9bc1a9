package app.dyad.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
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
