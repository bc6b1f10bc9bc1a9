package app.dyad.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import app.dyad.base.PublicUrl;
import app.dyad.base.db.EmbeddedMariaDb;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo accounts have a published password: they may only ever be created in the embedded database. */
class DemoOnlyInTheEmbeddedDatabaseTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DemoData.class)
            .withBean(AccountAdminService.class, () -> mock(AccountAdminService.class))
            .withBean(DemoAccounts.class, () -> mock(DemoAccounts.class))
            .withBean(DemoCouples.class, () -> mock(DemoCouples.class))
            .withBean(PublicUrl.class, () -> mock(PublicUrl.class))
            .withPropertyValues("dyad.demo.enabled=true");

    private ApplicationContextRunner withEmbeddedDatabase() {
        return runner.withPropertyValues("dyad.embedded-db.enabled=true")
                .withBean(EmbeddedMariaDb.class, () -> mock(EmbeddedMariaDb.class));
    }

    @Test
    void theDemoIsSeededIntoTheEmbeddedDatabase() {
        withEmbeddedDatabase().run(context -> assertThat(context).hasSingleBean(DemoData.class));
    }

    @Test
    void theDemoRefusesARealDatabaseOutsideProd() {
        runner.withPropertyValues(
                        "dyad.embedded-db.enabled=false",
                        "spring.datasource.url=jdbc:mariadb://db.clinic.org:3306/dyad")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasMessageContaining("the database is not the embedded MariaDB"));
    }

    @Test
    void theDemoRefusesTheProdProfileEvenWithTheEmbeddedDatabase() {
        withEmbeddedDatabase()
                .withPropertyValues("spring.profiles.active=prod")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasMessageContaining("the prod profile is active"));
    }

    // issue 16, load: the production jar has no embedded server, so the loadtest profile seeds a local MariaDB

    @Test
    void theLoadtestProfileSeedsTheDemoIntoAMariaDbOnThisMachine() {
        runner.withPropertyValues(
                        "spring.profiles.active=loadtest",
                        "dyad.embedded-db.enabled=false",
                        "spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/load_dyad")
                .run(context -> assertThat(context).hasSingleBean(DemoData.class));
    }

    @Test
    void theLoadtestProfileRefusesADatabaseOnAnotherHost() {
        runner.withPropertyValues(
                        "spring.profiles.active=loadtest",
                        "dyad.embedded-db.enabled=false",
                        "spring.datasource.url=jdbc:mariadb://127.0.0.1.clinic.org:3306/dyad")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasMessageContaining("the loadtest profile's database is not on this machine"));
    }

    @Test
    void theLoadtestProfileNeverSeedsTogetherWithProd() {
        runner.withPropertyValues(
                        "spring.profiles.active=prod,loadtest",
                        "dyad.embedded-db.enabled=false",
                        "spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/load_dyad")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasMessageContaining("the prod profile is active"));
    }
}
