package app.dyad.base.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The prod profile refuses to start without the settings it cannot guess, before anything touches a database: the
 * external database, the public address that links in mail point to (a localhost default once sent people dead
 * links without any warning), the mail server and sender (without them no invitation, reset or reminder would
 * ever arrive, and nobody would notice until a client asked), and the key that seals authenticator secrets (a key
 * made up on the server's disk would be lost with it, and with it every second step).
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSettingsCheck {

    static final String PUBLIC_URL = "DYAD_PUBLIC_URL";

    /** Blank counts as missing: a mail host or sender of "" is no mail at all. */
    static final List<String> REQUIRED = List.of(
            "DYAD_DB_URL",
            "DYAD_DB_USER",
            "DYAD_DB_PASSWORD",
            PUBLIC_URL,
            "DYAD_MAIL_HOST",
            "DYAD_MAIL_FROM",
            "DYAD_SECRET_KEY");

    private static final List<String> NOT_BLANK =
            List.of(PUBLIC_URL, "DYAD_MAIL_HOST", "DYAD_MAIL_FROM", "DYAD_SECRET_KEY");

    /** Plain http is tolerated only here: trying the production image on one's own machine. */
    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]");

    @Bean
    static BeanFactoryPostProcessor requireProductionSettings(Environment environment) {
        return beanFactory -> {
            List<String> missing = REQUIRED.stream()
                    .filter(name -> environment.getProperty(name) == null
                            || (NOT_BLANK.contains(name) && isBlank(environment.getProperty(name))))
                    .toList();
            List<String> invalid = new ArrayList<>();
            String publicUrl = environment.getProperty(PUBLIC_URL);
            if (!isBlank(publicUrl)) {
                publicUrlProblem(publicUrl.strip()).ifPresent(invalid::add);
            }
            if (Boolean.parseBoolean(environment.getProperty("dyad.mail.embedded-server.enabled", "false"))) {
                // the in-app server and its Outbox page show every mail's links to an admin: the demo's, never a
                // clinic's
                invalid.add("dyad.mail.embedded-server.enabled is for the demo only: production sends mail through "
                        + "DYAD_MAIL_HOST");
            }
            if (!missing.isEmpty() || !invalid.isEmpty()) {
                throw new MissingProductionSettingsException(missing, invalid);
            }
        };
    }

    /**
     * Why the public address cannot be used, if it cannot: it must be absolute (people open the links from their
     * mail), and https unless it is this machine, since an invitation link carries a token that sets a password.
     */
    static Optional<String> publicUrlProblem(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.of(PUBLIC_URL + " is not a web address: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !Set.of("http", "https").contains(scheme)) {
            return Optional.of(PUBLIC_URL
                    + " must be an absolute http(s) address such as https://dyad.example.org, not: " + value);
        }
        if (scheme.equals("http") && !THIS_MACHINE.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return Optional.of(PUBLIC_URL + " must use https for a host other than localhost, "
                    + "because invitation links carry a password-setting token: " + value);
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
