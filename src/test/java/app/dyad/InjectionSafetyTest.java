package app.dyad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

/**
 * The injection rules of the security checklist (README, ASVS 5.0 chapter 1), checked on the main code so a new
 * class cannot quietly break them: text reaches the page only as text, queries are written ahead of time with
 * parameters, and nothing runs code, commands or serialized objects built from what a person sent.
 */
class InjectionSafetyTest {

    private static final JavaClasses MAIN_CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.dyad");

    /** ASVS 1.2.1, 3.2.2: Vaadin escapes text; only {@code Html} and {@code innerHTML} would render markup. */
    @Test
    void nothingRendersMarkupFromText() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .orShould()
                .callMethod("com.vaadin.flow.dom.Element", "setProperty", "java.lang.String", "java.lang.String")
                .because("an answer, a note or a name is shown as text (Text, Span, setText), never parsed as HTML; "
                        + "setProperty could set innerHTML")
                .check(MAIN_CODE);
    }

    /** ASVS 1.2.4: every query is a constant with parameters, in a repository's annotation. */
    @Test
    void queriesAreWrittenAheadOfTimeWithParameters() {
        noClasses()
                .that()
                // creates the embedded demo database, whose name is a constant in EmbeddedDatabaseConfig
                .doNotHaveFullyQualifiedName("app.dyad.base.db.EmbeddedMariaDb")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.Statement")
                .because("a query put together from strings at run time could carry a person's text into SQL")
                .check(MAIN_CODE);
        methods()
                .that()
                .areAnnotatedWith(Query.class)
                .should(beJpqlNotNativeSql())
                .check(MAIN_CODE);
    }

    /** ASVS 1.2.5, 1.3.2, 1.5.2: no commands, no expressions, no Java deserialization. */
    @Test
    void nothingRunsCommandsExpressionsOrSerializedObjects() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould()
                .callMethod(Runtime.class, "exec", String.class)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.ObjectInputStream")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.expression..")
                .because("Dyad starts no process, evaluates no expression a person wrote (@PreAuthorize's are fixed in "
                        + "the code) and reads no serialized Java objects")
                .check(MAIN_CODE);
    }

    /** ASVS 11.5.1: tokens and anything else meant to be unguessable come from SecureRandom. */
    @Test
    void randomnessIsCryptographicallySecure() {
        noClasses()
                .that()
                // the demo's made-up couples are the same on every start: a seeded Random on purpose
                .resideOutsideOfPackage("app.dyad.demo..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Random")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould()
                .callMethod(Math.class, "random")
                .because("invitation and reset tokens must not be predictable; SecureRandom is the only source")
                .check(MAIN_CODE);
    }

    private static ArchCondition<JavaMethod> beJpqlNotNativeSql() {
        return new ArchCondition<>("be JPQL, not native SQL") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean nativeSql = method.getAnnotationOfType(Query.class).nativeQuery();
                events.add(new SimpleConditionEvent(method, !nativeSql, method.getFullName() + " is native SQL"));
            }
        };
    }
}
