package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.identity.Role;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Deny by default, checked for services: every public {@code @Service} class under {@code app.dyad} states its
 * role rule at class level with {@code @PreAuthorize}, so no public method can be called without a rule.
 *
 * <p>The rules this test enforces:
 * <ol>
 * <li>Every public {@code @Service} class carries a class-level {@code @PreAuthorize}.</li>
 * <li>Every public, non-static, non-synthetic method declared in it has an effective rule: its own
 * {@code @PreAuthorize} or, failing that, the class's (Spring uses the method's rule instead of the class's,
 * it does not combine them).</li>
 * <li>A method-level rule may only <em>narrow</em> the class rule: it must refuse every caller (admin,
 * counselor, client, anonymous visitor) that the class rule refuses. So the class rule is the widest door
 * of the class, and a {@code permitAll()} or {@code isAuthenticated()} cannot hide on one method of a stricter
 * class: a service with anonymous flows says {@code permitAll()} at class level (or, better, the anonymous
 * flow gets a service of its own, one per audience).</li>
 * <li>No public service method is {@code final}: Spring's class-based proxy cannot override it, so its rule would
 * never run (Spring only logs a warning).</li>
 * <li>Rules are written in the small vocabulary {@link RoleRule} understands ({@code hasRole},
 * {@code hasAnyRole}, {@code isAuthenticated()}, {@code permitAll()}, {@code denyAll()}); anything else
 * (ownership expressions, {@code and}/{@code or}, bean calls) fails here, because ownership is
 * {@code CaseAccess}'s job, not the role rule's, and because {@code ServiceRoleMatrixTest} could not check it.</li>
 * </ol>
 */
class ServiceAccessTest {

    @Test
    void everyPublicServiceClassStatesItsRoleRuleAtClassLevel() {
        List<String> withoutRule = RoleRule.publicServiceClasses().stream()
                .filter(service -> RoleRule.classRule(service).isEmpty())
                .map(Class::getName)
                .toList();
        assertThat(withoutRule)
                .as("public @Service classes without a class-level @PreAuthorize")
                .isEmpty();
    }

    @Test
    void everyPublicServiceMethodHasAnEffectiveRule() {
        List<String> withoutRule = new ArrayList<>();
        for (Class<?> service : RoleRule.publicServiceClasses()) {
            for (Method method : RoleRule.publicMethods(service)) {
                if (RoleRule.effectiveRule(method).isEmpty()) {
                    withoutRule.add(RoleRule.describe(method));
                }
            }
        }
        assertThat(withoutRule)
                .as("public service methods with no @PreAuthorize, neither their own nor their class's")
                .isEmpty();
    }

    @Test
    void noPublicServiceMethodIsFinalSoTheProxyCanApplyItsRule() {
        List<String> finalMethods = RoleRule.publicServiceClasses().stream()
                .flatMap(service -> RoleRule.publicMethods(service).stream())
                .filter(method -> Modifier.isFinal(method.getModifiers()))
                .map(RoleRule::describe)
                .toList();
        assertThat(finalMethods)
                .as("final public service methods (the proxy cannot guard them)")
                .isEmpty();
    }

    @Test
    void aMethodRuleOnlyNarrowsTheClassRuleAndEveryRuleIsUnderstood() {
        List<String> problems = new ArrayList<>();
        for (Class<?> service : RoleRule.publicServiceClasses()) {
            Optional<String> classRule = RoleRule.classRule(service);
            EnumSet<RoleRule.Caller> refusedByClass = EnumSet.noneOf(RoleRule.Caller.class);
            if (classRule.isPresent()) {
                try {
                    refusedByClass = RoleRule.refusedBy(classRule.get());
                } catch (IllegalArgumentException e) {
                    problems.add(service.getSimpleName() + " (class): " + e.getMessage());
                    continue;
                }
            }
            for (Method method : RoleRule.publicMethods(service)) {
                Optional<String> methodRule = RoleRule.methodRule(method);
                if (methodRule.isEmpty()) {
                    continue;
                }
                Set<RoleRule.Caller> refusedByMethod;
                try {
                    refusedByMethod = RoleRule.refusedBy(methodRule.get());
                } catch (IllegalArgumentException e) {
                    problems.add(RoleRule.describe(method) + ": " + e.getMessage());
                    continue;
                }
                Set<RoleRule.Caller> widened = EnumSet.copyOf(refusedByClass);
                widened.removeAll(refusedByMethod);
                if (!widened.isEmpty()) {
                    problems.add(RoleRule.describe(method) + ": \"" + methodRule.get() + "\" admits " + widened
                            + " whom the class rule \"" + classRule.orElseThrow() + "\" refuses");
                }
            }
        }
        assertThat(problems)
                .as("method rules that widen the class rule, or rules this test cannot read")
                .isEmpty();
    }

    /**
     * Reads {@code @PreAuthorize} role rules the way Spring applies them, and says whom a rule refuses. Shared
     * with {@link ServiceRoleMatrixTest}, which calls every refused combination for real.
     */
    static final class RoleRule {

        /** Who may call: one of the three roles, signed in, or a visitor who is not signed in. */
        enum Caller {
            ADMIN,
            COUNSELOR,
            CLIENT,
            ANONYMOUS;

            static Caller of(Role role) {
                return valueOf(role.name());
            }
        }

        static final int MINIMUM_SERVICES = 6;

        private static final Pattern NO_ARGUMENT = Pattern.compile("(permitAll|denyAll|isAuthenticated)\\(\\)");
        private static final Pattern ROLES = Pattern.compile("(hasRole|hasAnyRole)\\((.*)\\)");
        private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

        private RoleRule() {}

        /** Every class annotated {@code @Service} under {@code app.dyad} (at least {@value #MINIMUM_SERVICES}). */
        static List<Class<?>> serviceClasses() {
            ClassPathScanningCandidateComponentProvider scanner =
                    new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
            List<Class<?>> services = scanner.findCandidateComponents("app.dyad").stream()
                    .<Class<?>>map(bean -> ClassUtils.resolveClassName(
                            bean.getBeanClassName(), ServiceAccessTest.class.getClassLoader()))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
            assertThat(services).as("@Service classes under app.dyad").hasSizeGreaterThanOrEqualTo(MINIMUM_SERVICES);
            return services;
        }

        static List<Class<?>> publicServiceClasses() {
            return serviceClasses().stream()
                    .filter(service -> Modifier.isPublic(service.getModifiers()))
                    .toList();
        }

        /** The public instance methods the class itself declares, in a stable order. */
        static List<Method> publicMethods(Class<?> service) {
            return Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> !m.isSynthetic() && !m.isBridge())
                    .sorted(Comparator.comparing(RoleRule::describe))
                    .toList();
        }

        static Optional<String> classRule(Class<?> service) {
            return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(service, PreAuthorize.class))
                    .map(PreAuthorize::value);
        }

        static Optional<String> methodRule(Method method) {
            return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class))
                    .map(PreAuthorize::value);
        }

        /** The rule Spring applies to this method: its own if it has one, else its class's. */
        static Optional<String> effectiveRule(Method method) {
            return methodRule(method).or(() -> classRule(method.getDeclaringClass()));
        }

        /** "HomeworkService.assign(long, NewAssignment)". */
        static String describe(Method method) {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                    + Arrays.stream(method.getParameterTypes())
                            .map(Class::getSimpleName)
                            .collect(Collectors.joining(", "))
                    + ")";
        }

        /**
         * The callers this rule refuses.
         *
         * @throws IllegalArgumentException for any expression outside the small role vocabulary
         */
        static EnumSet<Caller> refusedBy(String expression) {
            String rule = expression.strip();
            Matcher simple = NO_ARGUMENT.matcher(rule);
            if (simple.matches()) {
                return switch (simple.group(1)) {
                    case "permitAll" -> EnumSet.noneOf(Caller.class);
                    case "denyAll" -> EnumSet.allOf(Caller.class);
                    default -> EnumSet.of(Caller.ANONYMOUS);
                };
            }
            Matcher roles = ROLES.matcher(rule);
            if (roles.matches()) {
                List<String> names = quotedArguments(roles.group(2), expression);
                if (names.isEmpty() || (roles.group(1).equals("hasRole") && names.size() != 1)) {
                    throw new IllegalArgumentException("cannot interpret role rule \"" + expression + "\"");
                }
                EnumSet<Caller> refused = EnumSet.allOf(Caller.class);
                for (String name : names) {
                    refused.remove(Caller.of(role(name, expression)));
                }
                return refused;
            }
            throw new IllegalArgumentException("cannot interpret role rule \"" + expression
                    + "\" (understood: hasRole, hasAnyRole, isAuthenticated(), permitAll(), denyAll())");
        }

        private static List<String> quotedArguments(String arguments, String expression) {
            List<String> names = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(arguments);
            int end = 0;
            while (quoted.find()) {
                String gap = arguments.substring(end, quoted.start());
                if (!gap.matches(names.isEmpty() ? "\\s*" : "\\s*,\\s*")) {
                    throw new IllegalArgumentException("cannot interpret role rule \"" + expression + "\"");
                }
                names.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
                end = quoted.end();
            }
            if (!arguments.substring(end).isBlank()) {
                throw new IllegalArgumentException("cannot interpret role rule \"" + expression + "\"");
            }
            return names;
        }

        private static Role role(String name, String expression) {
            try {
                return Role.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role '" + name + "' in \"" + expression + "\" (roles: "
                        + Arrays.toString(Role.values()) + ", without the ROLE_ prefix)");
            }
        }
    }
}
