package app.dyad.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The prod profile refuses to start without the settings it cannot guess: the database and the public address that
 * invitation links point to (a default of localhost once sent people dead links without any warning).
 */
class ProductionSettingsCheckTest {

    private final ApplicationContextRunner prod = new ApplicationContextRunner()
            .withUserConfiguration(ProductionSettingsCheck.class)
            .withPropertyValues("spring.profiles.active=prod");

    private ApplicationContextRunner withDatabase() {
        return prod.withPropertyValues(
                "DYAD_DB_URL=jdbc:mariadb://db:3306/dyad",
                "DYAD_DB_USER=dyad",
                "DYAD_DB_PASSWORD=secret",
                "DYAD_MAIL_HOST=smtp.example.org",
                "DYAD_MAIL_FROM=Dyad <dyad@example.org>",
                "DYAD_SECRET_KEY=Yy8v0cBJ1Fq3kXrT2m9Zp4sW6hN7dE5aL0uQ1vR2tS8=");
    }

    @Test
    void startsWithAllSettings() {
        withDatabase()
                .withPropertyValues("DYAD_PUBLIC_URL=https://dyad.example.org")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void refusesToStartWithoutThePublicUrl() {
        withDatabase()
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .isInstanceOf(MissingProductionSettingsException.class)
                        .hasMessageContaining("DYAD_PUBLIC_URL"));
    }

    @Test
    void namesEveryMissingVariable() {
        prod.run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .hasMessageContaining(
                        "DYAD_DB_URL, DYAD_DB_USER, DYAD_DB_PASSWORD, DYAD_PUBLIC_URL, DYAD_MAIL_HOST, DYAD_MAIL_FROM,"
                                + " DYAD_SECRET_KEY"));
    }

    /** Without a mail server no invitation, reset or reminder would arrive, and nobody would notice for days. */
    @Test
    void refusesToStartWithoutAMailServer() {
        withDatabase()
                .withPropertyValues("DYAD_PUBLIC_URL=https://dyad.example.org", "DYAD_MAIL_HOST= ")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .isInstanceOf(MissingProductionSettingsException.class)
                        .hasMessageContaining("DYAD_MAIL_HOST"));
    }

    /** Its Outbox page shows every mail's one-time links to an admin: never in production. */
    @Test
    void refusesTheDemosInAppMailServer() {
        withDatabase()
                .withPropertyValues(
                        "DYAD_PUBLIC_URL=https://dyad.example.org", "dyad.mail.embedded-server.enabled=true")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasMessageContaining("dyad.mail.embedded-server.enabled"));
    }

    @Test
    void theFailureAnalysisSaysHowToNameTheMailServer() {
        var analysis = new MissingProductionSettingsFailureAnalyzer()
                .analyze(new MissingProductionSettingsException(List.of("DYAD_MAIL_HOST")));
        assertThat(analysis.getDescription()).contains("DYAD_MAIL_HOST");
        assertThat(analysis.getAction()).contains("DYAD_MAIL_HOST", "DYAD_MAIL_FROM", "STARTTLS");
    }

    @Test
    void refusesAPublicUrlThatIsNotAnAbsoluteWebAddress() {
        for (String notAWebAddress : new String[] {"dyad.example.org", "/dyad", "ftp://dyad.example.org", "https://"}) {
            withDatabase()
                    .withPropertyValues("DYAD_PUBLIC_URL=" + notAWebAddress)
                    .run(context -> assertThat(context)
                            .as(notAWebAddress)
                            .hasFailed()
                            .getFailure()
                            .hasMessageContaining("DYAD_PUBLIC_URL"));
        }
    }

    /** Invitation links carry a token that sets a password: they must not travel in plain text over a network. */
    @Test
    void refusesPlainHttpForAHostOtherThanThisMachine() {
        withDatabase()
                .withPropertyValues("DYAD_PUBLIC_URL=http://dyad.example.org")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasMessageContaining("DYAD_PUBLIC_URL")
                        .hasMessageContaining("https"));
    }

    /** Trying the production image on one's own machine (docker compose) stays possible. */
    @Test
    void allowsPlainHttpOnThisMachine() {
        withDatabase()
                .withPropertyValues("DYAD_PUBLIC_URL=http://localhost:8080")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theFailureAnalysisNamesThePublicUrl() {
        var analysis = new MissingProductionSettingsFailureAnalyzer()
                .analyze(new MissingProductionSettingsException(List.of("DYAD_PUBLIC_URL")));
        assertThat(analysis.getDescription()).contains("DYAD_PUBLIC_URL");
        assertThat(analysis.getAction()).contains("DYAD_PUBLIC_URL");
    }
}
