package app.dyad.identity;

import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class SignedInAsFactory implements WithSecurityContextFactory<SignedInAs> {

    private final TestAccounts testAccounts;

    SignedInAsFactory(TestAccounts testAccounts) {
        this.testAccounts = testAccounts;
    }

    @Override
    public SecurityContext createSecurityContext(SignedInAs annotation) {
        String role = annotation.value().name().toLowerCase(Locale.ROOT);
        SignedInUser user = testAccounts.ensure(role + "@test.dyad", "Test " + role, annotation.value());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }
}
