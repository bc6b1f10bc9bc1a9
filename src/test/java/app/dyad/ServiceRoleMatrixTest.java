package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import app.dyad.ServiceAccessTest.RoleRule;
import app.dyad.ServiceAccessTest.RoleRule.Caller;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.AuditReview;
import app.dyad.couples.CoupleAdminService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * The role rules of {@link ServiceAccessTest}, called for real: for every {@code @Service} bean of {@code app.dyad},
 * every public method is called through its Spring proxy by every caller its {@code @PreAuthorize} rule refuses,
 * with dummy arguments (method security decides before the body runs). Each call must be refused with an
 * {@link AccessDeniedException} and leave exactly one audit row: SERVICE_CALL, DENIED, detail
 * "SimpleClassName.methodName", the caller as actor.
 *
 * <p>The anonymous caller is what the filter chain gives a visitor who is not signed in: an
 * {@link AnonymousAuthenticationToken} (checked below). A call with no authentication at all (a thread the
 * filter chain never saw) is tested separately.
 */
@DyadSpringTest
class ServiceRoleMatrixTest {

    private static final int MINIMUM_CALLS = 50;
    private static final String ANONYMOUS_KEY = "service-role-matrix";

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditReview review;

    @Autowired
    CoupleAdminService coupleAdmins;

    @Autowired
    FilterChainProxy filterChain;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @TestFactory
    List<DynamicNode> everyRefusedCallerIsRefusedByEveryPublicServiceMethodAndTheRefusalIsAudited() {
        Map<Caller, Authentication> callers = callers();
        Authentication reader = reader();

        List<Object> services = context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> targetClass(bean).getName().startsWith("app.dyad."))
                .sorted(Comparator.comparing(bean -> targetClass(bean).getSimpleName()))
                .toList();
        assertThat(services).as("@Service beans of app.dyad").hasSizeGreaterThanOrEqualTo(RoleRule.MINIMUM_SERVICES);

        List<DynamicNode> nodes = new ArrayList<>();
        int calls = 0;
        for (Object bean : services) {
            Class<?> service = targetClass(bean);
            List<DynamicNode> cases = new ArrayList<>();
            for (Method method : RoleRule.publicMethods(service)) {
                String name = RoleRule.describe(method);
                Optional<String> rule = RoleRule.effectiveRule(method);
                if (rule.isEmpty()) {
                    cases.add(dynamicTest(
                            name + " has a role rule",
                            () -> fail(
                                    "%s has no @PreAuthorize, neither its own nor its class's: every caller gets through",
                                    name)));
                    continue;
                }
                EnumSet<Caller> refused;
                try {
                    refused = RoleRule.refusedBy(rule.get());
                } catch (IllegalArgumentException e) {
                    cases.add(dynamicTest(
                            name + " has a role rule this test understands",
                            () -> fail("%s: %s", name, e.getMessage())));
                    continue;
                }
                if (refused.isEmpty()) {
                    cases.add(dynamicTest(name + " refuses nobody (" + rule.get() + ")", () -> {}));
                }
                for (Caller caller : refused) {
                    calls++;
                    cases.add(dynamicTest(
                            name + " as " + caller + " is refused and audited",
                            () -> refusedAndAudited(bean, method, caller, callers.get(caller), reader)));
                }
            }
            nodes.add(dynamicContainer(service.getSimpleName(), cases));
        }
        assertThat(calls)
                .as("refused calls to try (the matrix must not pass by trying nothing)")
                .isGreaterThan(MINIMUM_CALLS);
        return nodes;
    }

    /** The matrix's anonymous caller is realistic: the filter chain makes every visitor who is not signed in one. */
    @Test
    void theFilterChainGivesAVisitorWhoIsNotSignedInAnAnonymousAuthentication() {
        assertThat(filterChain.getFilterChains())
                .anySatisfy(chain ->
                        assertThat(chain.getFilters()).hasAtLeastOneElementOfType(AnonymousAuthenticationFilter.class));
    }

    /**
     * A guarded call on a thread with no authentication at all (a background job, a thread the filter chain never
     * saw) must be refused and audited like any other refusal.
     */
    @Test
    void aCallWithNoAuthenticationAtAllIsRefusedAndAudited() throws NoSuchMethodException {
        Authentication reader = reader();
        Method countCouples = CoupleAdminService.class.getMethod("countCouples", String.class);
        long before = newestDeniedCall(reader, null);

        Throwable thrown = callAs(null, () -> coupleAdmins.countCouples(""));

        assertThat(thrown)
                .as("CoupleAdminService.countCouples with no authentication")
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertAuditedOnce(
                reader,
                before,
                countCouples,
                null,
                null,
                "CoupleAdminService.countCouples(String) with no authentication");
    }

    private void refusedAndAudited(
            Object bean, Method method, Caller caller, Authentication who, Authentication reader) {
        SignedInUser user = who.getPrincipal() instanceof SignedInUser signedIn ? signedIn : null;
        String actor = user == null ? null : user.email();
        String role = user == null ? null : user.role().name();
        long before = newestDeniedCall(reader, actor);

        Throwable thrown = callAs(who, () -> invokeWithDummies(bean, method));

        String call = RoleRule.describe(method) + " as " + caller;
        if (thrown == null) {
            fail("%s was allowed: it ran and returned instead of being refused", call);
        }
        if (!(thrown instanceof AccessDeniedException)
                && !(caller == Caller.ANONYMOUS && thrown instanceof AuthenticationException)) {
            throw new AssertionError(call + " was not refused by method security: it threw " + thrown, thrown);
        }
        assertAuditedOnce(reader, before, method, actor, role, call);
    }

    /** Exactly one new SERVICE_CALL/DENIED row since {@code before} for this actor, naming the method. */
    private void assertAuditedOnce(
            Authentication reader,
            long before,
            Method method,
            @Nullable String actor,
            @Nullable String role,
            String call) {
        String detail = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        List<AuditRecord> added = deniedCalls(reader, actor).stream()
                .filter(row -> row.id() > before)
                .toList();
        assertThat(added)
                .as(
                        "%s was refused; new SERVICE_CALL/DENIED audit rows by %s since",
                        call, actor == null ? "anybody" : actor)
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.detail()).as("detail").matches(Pattern.quote(detail) + "(\\(.*\\))?");
                    assertThat(row.actorEmail()).isEqualTo(actor);
                    assertThat(row.actorRole()).isEqualTo(role);
                });
    }

    private long newestDeniedCall(Authentication reader, @Nullable String actor) {
        return deniedCalls(reader, actor).stream()
                .mapToLong(AuditRecord::id)
                .max()
                .orElse(0);
    }

    /** The newest refused service calls (by this actor; by anybody for an anonymous caller), read as an admin. */
    private List<AuditRecord> deniedCalls(Authentication reader, @Nullable String actor) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(contextOf(reader));
            return review.find(
                    new AuditQuery(
                            actor == null ? "" : actor,
                            null,
                            AuditAction.SERVICE_CALL,
                            AuditOutcome.DENIED,
                            null,
                            null),
                    PageRequest.of(0, 200));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static @Nullable Throwable callAs(@Nullable Authentication who, Runnable call) {
        try {
            SecurityContextHolder.setContext(who == null ? SecurityContextHolder.createEmptyContext() : contextOf(who));
            return catchThrowable(call::run);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Calls through the proxy with null for every reference and zero/false for every primitive. */
    private static void invokeWithDummies(Object bean, Method method) {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = dummy(types[i]);
        }
        try {
            method.invoke(bean, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Object dummy(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == float.class) {
            return 0f;
        }
        return 0d;
    }

    /** An admin who reads the audit trail between the calls. */
    private Authentication reader() {
        return signedIn(accounts.ensure("matrix-reader-" + tag + "@test.dyad", "Matrix reader", Role.ADMIN));
    }

    /** A real account per role (the way {@code @SignedInAs} makes them), and an anonymous visitor. */
    private Map<Caller, Authentication> callers() {
        Map<Caller, Authentication> callers = new EnumMap<>(Caller.class);
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT);
            callers.put(
                    Caller.of(role),
                    signedIn(accounts.ensure("matrix-" + name + "-" + tag + "@test.dyad", "Matrix " + name, role)));
        }
        callers.put(
                Caller.ANONYMOUS,
                new AnonymousAuthenticationToken(
                        ANONYMOUS_KEY, "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        return callers;
    }

    private static Authentication signedIn(SignedInUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private static SecurityContext contextOf(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        return context;
    }

    private static Class<?> targetClass(Object bean) {
        return ClassUtils.getUserClass(AopUtils.getTargetClass(bean));
    }
}
