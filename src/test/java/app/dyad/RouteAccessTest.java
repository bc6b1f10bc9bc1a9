package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.base.ui.UnexpectedErrorView;
import app.dyad.identity.ui.EmailChangeView;
import app.dyad.identity.ui.ForgotPasswordView;
import app.dyad.identity.ui.InvitationView;
import app.dyad.identity.ui.LoginView;
import app.dyad.mail.ui.UnsubscribeView;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Deny by default, checked: every route and error view states exactly who may open it. */
class RouteAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);
    /**
     * Signing in, asking for a reset link, following an invitation, reset or email-change link, a reminder's
     * unsubscribe link (it turns off one kind of reminder for the person its signature names, and shows no data), and
     * the error page such a link can end on (it shows no data).
     */
    private static final Set<Class<?>> ANONYMOUS_ALLOWED = Set.of(
            LoginView.class,
            ForgotPasswordView.class,
            InvitationView.class,
            UnsubscribeView.class,
            EmailChangeView.class,
            UnexpectedErrorView.class);

    @Test
    void everyRouteLayoutAndErrorViewCarriesExactlyOneAccessAnnotation() {
        List<Class<?>> views = navigationTargets();
        assertThat(views).hasSizeGreaterThan(5);
        for (Class<?> view : views) {
            long count = ACCESS.stream().filter(view::isAnnotationPresent).count();
            assertThat(count).as("access annotations on %s", view.getName()).isEqualTo(1);
        }
    }

    @Test
    void onlyTheLoginAndInvitationPagesAndTheErrorPageAreOpenToAnonymousVisitors() {
        List<Class<?>> anonymous = navigationTargets().stream()
                .filter(view -> view.isAnnotationPresent(AnonymousAllowed.class))
                .toList();
        assertThat(anonymous).containsExactlyInAnyOrderElementsOf(ANONYMOUS_ALLOWED);
    }

    private static List<Class<?>> navigationTargets() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        return scanner.findCandidateComponents("app.dyad").stream()
                .<Class<?>>map(bean ->
                        ClassUtils.resolveClassName(bean.getBeanClassName(), RouteAccessTest.class.getClassLoader()))
                .toList();
    }
}
