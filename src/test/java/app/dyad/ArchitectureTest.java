package app.dyad;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The layering the architecture page promises, checked on the main code: Vaadin stays in {@code ui} packages,
 * repositories stay with their own services, {@code base} knows no feature, and "today" has one source.
 * Each violation names the class and the source lines, so the message says what to fix.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN_CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.dyad");

    private static final String UI_PACKAGES = "..ui..";

    @Test
    void onlyUiPackagesUseVaadin() {
        classes()
                .that()
                .resideOutsideOfPackage(UI_PACKAGES)
                .should(dependOnNothingIn(resideInAPackage("com.vaadin..").as("Vaadin (com.vaadin..)")))
                .because("Vaadin is the user interface: services, entities, events and configuration outside a ui "
                        + "package must work without it")
                .check(MAIN_CODE);
    }

    @Test
    void nothingOutsideUiPackagesDependsOnUiClasses() {
        // Targets are Dyad's own ui packages, so a library package that happens to be called "ui" is no violation.
        classes()
                .that()
                .resideOutsideOfPackage(UI_PACKAGES)
                .should(dependOnNothingIn(resideInAPackage("app.dyad..ui..").as("a Dyad ui package (app.dyad..ui..)")))
                .because("a view talks to services, never the other way round; what a service needs from a ui "
                        + "package (a zone, an event, an interface) belongs outside it")
                .check(MAIN_CODE);
    }

    @Test
    void repositoriesAreUsedOnlyByTheServicesAndComponentsOfTheirOwnPackage() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should(beUsedOnlyByServicesAndComponentsOfTheirOwnPackage())
                .because("a repository is its module's private storage: views, entities, records and other modules go "
                        + "through the module's services, which authorise and validate")
                .check(MAIN_CODE);
    }

    @Test
    void baseNamesNoFeature() {
        for (String feature : List.of(
                "Homework",
                "Exercise",
                "Couple",
                "Partner",
                "Caseload",
                "Counsel",
                "Client",
                "Session",
                "Note",
                "Goal",
                "Assignment",
                "Audit",
                "Account",
                "Invitation")) {
            noClasses()
                    .that()
                    .resideInAPackage("app.dyad.base..")
                    .should()
                    .haveSimpleNameContaining(feature)
                    .because("base is shared by every module and must not become a switchboard for one feature")
                    .check(MAIN_CODE);
        }
    }

    @Test
    void baseDependsOnNoFeatureModule() {
        // Any Dyad package outside base counts, so checkins, safety, mail and records are covered when they arrive.
        classes()
                .that()
                .resideInAPackage("app.dyad.base..")
                .should(dependOnNothingIn(resideInAPackage("app.dyad..")
                        .and(not(resideInAPackage("app.dyad.base..")))
                        .as("a feature module (identity, couples, exercises, sessions, audit, demo, mail, checkins, "
                                + "safety, records, or any other app.dyad package outside base)")))
                .because("base is the OPEN module every feature builds on; it must not know a single feature")
                .check(MAIN_CODE);
    }

    @Test
    void onlyClinicCalendarAndTheClockBeanAskTheJvmForNowTodayOrItsZone() {
        classes()
                .that(areNotPartOf("app.dyad.base.ClinicCalendar", "app.dyad.base.TimeConfig"))
                .should(callNoneOf(SystemTime.FORBIDDEN))
                .because("now comes from the injected Clock and the clinic's day and zone only from ClinicCalendar, "
                        + "so due dates, overdue and expiries are testable in any zone")
                .check(MAIN_CODE);
    }

    /** A call that reads the JVM's time or default zone instead of the injected clock and ClinicCalendar. */
    private record SystemTime(String owner, String method, boolean anyParameters) {

        static final List<SystemTime> FORBIDDEN = List.of(
                anyOverload("java.time.LocalDate", "now"),
                anyOverload("java.time.LocalDateTime", "now"),
                anyOverload("java.time.ZonedDateTime", "now"),
                noArguments("java.time.Instant", "now"),
                noArguments("java.time.ZoneId", "systemDefault"),
                noArguments("java.time.Clock", "systemDefaultZone"),
                // The same hazard under other names: a day or time of day in the wrong zone, or a second clock.
                anyOverload("java.time.OffsetDateTime", "now"),
                anyOverload("java.time.LocalTime", "now"),
                anyOverload("java.time.OffsetTime", "now"),
                anyOverload("java.time.Year", "now"),
                anyOverload("java.time.YearMonth", "now"),
                anyOverload("java.time.MonthDay", "now"),
                noArguments("java.time.Clock", "systemUTC"),
                anyOverload("java.time.Clock", "system"),
                noArguments("java.util.TimeZone", "getDefault"));

        static SystemTime anyOverload(String owner, String method) {
            return new SystemTime(owner, method, true);
        }

        static SystemTime noArguments(String owner, String method) {
            return new SystemTime(owner, method, false);
        }

        boolean matches(CodeUnitAccessTarget target) {
            return target.getOwner().getName().equals(owner)
                    && target.getName().equals(method)
                    && (anyParameters || target.getRawParameterTypes().isEmpty());
        }

        @Override
        public String toString() {
            return owner.substring(owner.lastIndexOf('.') + 1) + "." + method + (anyParameters ? "(..)" : "()");
        }
    }

    /** One violation per offending class, listing each forbidden class it uses and on which lines. */
    private static ArchCondition<JavaClass> dependOnNothingIn(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("depend on nothing in " + forbidden.getDescription()) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Map<String, SortedSet<Integer>> linesByTarget = new TreeMap<>();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (forbidden.test(target) && !topLevel(target).equals(topLevel(origin))) {
                        linesByTarget
                                .computeIfAbsent(target.getName(), name -> new TreeSet<>())
                                .add(dependency.getSourceCodeLocation().getLineNumber());
                    }
                }
                if (!linesByTarget.isEmpty()) {
                    String uses = linesByTarget.entrySet().stream()
                            .map(entry -> entry.getKey() + " " + lines(entry.getValue()))
                            .collect(Collectors.joining("\n        "));
                    events.add(SimpleConditionEvent.violated(
                            origin, origin.getName() + " (" + fileOf(origin) + ") uses\n        " + uses));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyByServicesAndComponentsOfTheirOwnPackage() {
        return new ArchCondition<>(
                "be used only by @Service, @Component or @Configuration classes of their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                Map<String, SortedSet<Integer>> linesByUser = new TreeMap<>();
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = bodyOwner(dependency.getOriginClass());
                    if (topLevel(user).equals(topLevel(repository)) || mayUse(user, repository)) {
                        continue;
                    }
                    linesByUser
                            .computeIfAbsent(user.getName() + " (" + fileOf(user) + ")", name -> new TreeSet<>())
                            .add(dependency.getSourceCodeLocation().getLineNumber());
                }
                linesByUser.forEach((user, lines) -> events.add(SimpleConditionEvent.violated(
                        repository,
                        user + " uses " + repository.getName() + " " + lines(lines)
                                + "; only the @Service/@Component/@Configuration classes of "
                                + repository.getPackageName() + " may")));
            }
        };
    }

    private static boolean mayUse(JavaClass user, JavaClass repository) {
        boolean samePackage = user.getPackageName().equals(repository.getPackageName());
        boolean serviceOrComponent = user.isAnnotatedWith(Service.class)
                || user.isAnnotatedWith(Component.class)
                || user.isAnnotatedWith(Configuration.class);
        // A repository may build on another one of its package (a shared base interface or a custom fragment).
        return samePackage && (serviceOrComponent || user.isAssignableTo(Repository.class));
    }

    private static ArchCondition<JavaClass> callNoneOf(List<SystemTime> forbidden) {
        return new ArchCondition<>("call none of " + forbidden) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Set<String> reported = new TreeSet<>();
                for (JavaCodeUnitAccess<?> access : origin.getCodeUnitAccessesFromSelf()) {
                    CodeUnitAccessTarget target = access.getTarget();
                    // A serializable lambda (every Vaadin listener) is also referenced from $deserializeLambda$.
                    if (access.getOrigin().getName().equals("$deserializeLambda$")
                            || forbidden.stream().noneMatch(call -> call.matches(target))) {
                        continue;
                    }
                    String message = origin.getName() + "." + codeUnitName(access) + " calls " + signature(target)
                            + " at " + fileOf(origin) + ":" + access.getLineNumber();
                    if (reported.add(message)) {
                        events.add(SimpleConditionEvent.violated(origin, message));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> areNotPartOf(String... allowedClasses) {
        Set<String> allowed = Set.of(allowedClasses);
        return DescribedPredicate.describe(
                "are not part of " + allowed,
                javaClass -> !allowed.contains(topLevel(javaClass).getName()));
    }

    /** An anonymous or local class is part of the body of the class that declares it. */
    private static JavaClass bodyOwner(JavaClass javaClass) {
        JavaClass owner = javaClass;
        while ((owner.isAnonymousClass() || owner.isLocalClass())
                && owner.getEnclosingClass().isPresent()) {
            owner = owner.getEnclosingClass().get();
        }
        return owner;
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static String codeUnitName(JavaCodeUnitAccess<?> access) {
        String name = access.getOrigin().getName();
        return switch (name) {
            case "<init>" -> "<constructor>";
            case "<clinit>" -> "<static initializer>";
            default -> name + "(..)";
        };
    }

    private static String signature(CodeUnitAccessTarget target) {
        return target.getOwner().getSimpleName() + "." + target.getName()
                + target.getRawParameterTypes().stream()
                        .map(JavaClass::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String fileOf(JavaClass javaClass) {
        return topLevel(javaClass).getSimpleName() + ".java";
    }

    /** Line 0 is what the class file gives for declarations (implements, annotations, signatures). */
    private static String lines(SortedSet<Integer> lines) {
        boolean declaration = lines.remove(0);
        String numbers = lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (lines.isEmpty()) {
            return "in its declaration";
        }
        return (lines.size() == 1 ? "at line " : "at lines ")
                + numbers
                + (declaration ? " and in its declaration" : "");
    }
}
