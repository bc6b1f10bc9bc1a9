package app.dyad.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In production, an installation without any admin gets one from DYAD_ADMIN_EMAIL, with a one-time link. */
@Component
@Profile("prod")
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final InvitationService invitations;
    private final String adminEmail;

    AdminBootstrap(InvitationService invitations, @Value("${DYAD_ADMIN_EMAIL:}") String adminEmail) {
        this.invitations = invitations;
        this.adminEmail = adminEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (adminEmail.isBlank()) {
            log.warn("No DYAD_ADMIN_EMAIL set; if no admin exists yet, nobody can manage accounts.");
            return;
        }
        invitations.bootstrapAdmin(adminEmail).ifPresent(link -> log.warn("""

                ==> No admin existed: created {}. Open this one-time link within 72 hours to set the password:
                ==> {}
                """, link.email(), link.url()));
    }
}
