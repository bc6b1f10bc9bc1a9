package app.dyad.identity;

import app.dyad.base.CommandValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * of every service on purpose: no caller, signed in or not, can ask for a first admin. The link is mailed to that
 * address like every invitation, and also written to a file only the server's user can read (DYAD_ADMIN_LINK_FILE):
 * a new installation's mail may not work yet, and whoever runs the server is trusted with it. Never to the log,
 * which others read.
 */
@Component
@Profile("prod")
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final InvitationMails invitations;
    private final CommandValidator validator;
    private final Clock clock;
    private final String adminEmail;
    private final Path linkFile;

    AdminBootstrap(
            UserAccountRepository accounts,
            InvitationMails invitations,
            CommandValidator validator,
            Clock clock,
            @Value("${DYAD_ADMIN_EMAIL:}") String adminEmail,
            @Value("${DYAD_ADMIN_LINK_FILE:${java.io.tmpdir}/dyad-first-admin-link.txt}") String linkFile) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.validator = validator;
        this.clock = clock;
        this.adminEmail = adminEmail;
        this.linkFile = Path.of(linkFile);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (adminEmail.isBlank()) {
            log.warn("No DYAD_ADMIN_EMAIL set; if no admin exists yet, nobody can manage accounts.");
            return;
        }
        firstAdmin(adminEmail).ifPresent(link -> handOver(link, linkFile));
    }

    /**
     * Writes the link to a new file readable by its owner only and logs where it is. Failing to write stops start-up,
     * and the transaction takes the new admin back: no admin nobody can reach.
     */
    static void handOver(InvitationLink link, Path file) {
        try {
            Files.deleteIfExists(file);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, link.url() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the first admin's one-time link to " + file
                            + "; set DYAD_ADMIN_LINK_FILE to a file the server may create",
                    e);
        }
        log.warn(
                "No admin existed: created {}. The one-time link to set the password (valid until {}) is in {}, "
                        + "readable by this server's user only: open it, then delete the file.",
                link.email(),
                link.expiresAt(),
                file);
    }

    /** Creates the first admin of an empty installation; does nothing once any admin exists. */
    private Optional<InvitationLink> firstAdmin(String email) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return Optional.empty();
        }
        validator.validate(new NewAccount("Clinic admin", email, Role.ADMIN));
        UserAccount admin = accounts.save(new UserAccount(email, "Clinic admin", Role.ADMIN, clock.instant()));
        return Optional.of(invitations.sendAndKeep(admin));
    }
}
