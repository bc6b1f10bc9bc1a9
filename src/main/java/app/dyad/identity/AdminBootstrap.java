package app.dyad.identity;

import app.dyad.base.CommandValidator;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In production, an installation without any admin gets one from DYAD_ADMIN_EMAIL, with a one-time link. Kept out
 * of every service on purpose: no caller, signed in or not, can ask for a first admin.
 */
@Component
@Profile("prod")
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final InvitationIssuer invitations;
    private final CommandValidator validator;
    private final Clock clock;
    private final String adminEmail;

    AdminBootstrap(
            UserAccountRepository accounts,
            InvitationIssuer invitations,
            CommandValidator validator,
            Clock clock,
            @Value("${DYAD_ADMIN_EMAIL:}") String adminEmail) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.validator = validator;
        this.clock = clock;
        this.adminEmail = adminEmail;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (adminEmail.isBlank()) {
            log.warn("No DYAD_ADMIN_EMAIL set; if no admin exists yet, nobody can manage accounts.");
            return;
        }
        firstAdmin(adminEmail).ifPresent(link -> log.warn("""

                ==> No admin existed: created {}. Open this one-time link within 72 hours to set the password:
                ==> {}
                """, link.email(), link.url()));
    }

    /** Creates the first admin of an empty installation; does nothing once any admin exists. */
    private Optional<InvitationLink> firstAdmin(String email) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return Optional.empty();
        }
        validator.validate(new NewAccount("Clinic admin", email, Role.ADMIN));
        UserAccount admin = accounts.save(new UserAccount(email, "Clinic admin", Role.ADMIN, clock.instant()));
        return Optional.of(invitations.issue(admin));
    }
}
