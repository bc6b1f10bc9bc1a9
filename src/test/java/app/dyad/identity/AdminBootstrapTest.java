package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 10 item 9: the first admin's one-time link is a credential, so it goes to a private file, not the log. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private final InvitationLink link = new InvitationLink(
            "admin@clinic.test",
            "secret-token-of-the-first-admin",
            "https://dyad.clinic.test/invitation/secret-token-of-the-first-admin",
            Instant.parse("2026-11-05T09:00:00Z"));

    @Test
    void theFirstAdminsLinkGoesToAFileOnlyItsOwnerCanReadAndTheLogSaysWhere(@TempDir Path dir, CapturedOutput output)
            throws IOException {
        Path file = dir.resolve("first-admin-link.txt");

        AdminBootstrap.handOver(link, file);

        assertThat(Files.readString(file)).contains(link.url());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(output.getAll()).contains(file.toString()).doesNotContain(link.token());
    }

    @Test
    void aLinkPrintedByMistakeShowsNoToken() {
        assertThat(link.toString()).doesNotContain(link.token()).contains(link.email());
    }
}
