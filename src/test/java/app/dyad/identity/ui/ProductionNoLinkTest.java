package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestBeans;
import app.dyad.TestDatabaseInitializer;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInAs;
import app.dyad.mail.MailDelivery;
import app.dyad.mail.Mailbox;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12: in the {@code prod} profile an admin who creates an account and resets its password sees no link on any
 * page, and the log holds none. The whole application in the prod profile, with the settings production requires
 * (the test database and GreenMail stand in for the clinic's; Vaadin runs without its production bundle, which
 * browserless tests do not use). Mail goes the production way, to DYAD_MAIL_HOST and DYAD_MAIL_PORT without STARTTLS,
 * where the test's GreenMail listens.
 */
@SpringBootTest(
        properties = {
            "DYAD_DB_URL=jdbc:mariadb://replaced-by-the-test-database/",
            "DYAD_DB_USER=replaced",
            "DYAD_DB_PASSWORD=replaced",
            "DYAD_PUBLIC_URL=https://dyad.clinic.test",
            "DYAD_MAIL_HOST=127.0.0.1",
            "DYAD_MAIL_FROM=Dyad <dyad@clinic.test>",
            "DYAD_MAIL_STARTTLS=false",
            "DYAD_SECRET_KEY=Yy8v0cBJ1Fq3kXrT2m9Zp4sW6hN7dE5aL0uQ1vR2tS8=",
            "dyad.mail.embedded-server.enabled=false",
            "vaadin.productionMode=false"
        })
@ActiveProfiles({"test", "prod"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestBeans.class)
@ExtendWith(OutputCaptureExtension.class)
class ProductionNoLinkTest extends SpringBrowserlessTest {

    private static final int MAIL_PORT = freePort();

    /** The clinic's mail server, as production has it: outside the application. */
    @RegisterExtension
    static final GreenMailExtension clinicMailServer = new GreenMailExtension(
                    new ServerSetup(MAIL_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Autowired
    MailDelivery delivery;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("DYAD_MAIL_PORT", () -> MAIL_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void anAdminsPagesAndTheLogHoldNoInvitationOrResetToken(CapturedOutput output) {
        Mailbox mailbox = new Mailbox(delivery, () -> List.of(clinicMailServer.getReceivedMessages()));
        String email = "prod-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
        AdminUsersView view = navigate(AdminUsersView.class);
        test($(Button.class).id("new-user")).click();
        NewAccountDialog dialog = $(NewAccountDialog.class).single();
        test(dialog.name).setValue("Pia Prod");
        test(dialog.email).setValue(email);
        test(dialog.role).selectItem(view.getTranslation("role.CLIENT"));
        test($(Button.class).id("create-user")).click();
        String invitation = mailbox.token(email, "invitation");
        assertThat(mailbox.bodiesTo(email).getFirst()).contains("https://dyad.clinic.test/invitation/" + invitation);
        String pageAfterCreating = PageText.of(UI.getCurrent());

        test(view.search).setValue(email);
        var grid = test(view.grid);
        Button reset = grid.getCellComponent(0, "actions")
                .getChildren()
                .filter(c -> c instanceof Button b && b.hasClassName("dyad-action-reset-password"))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
        test(reset).click();
        test($(ConfirmDialog.class).last()).confirm();
        String resetToken = mailbox.token(email, "invitation");
        assertThat(resetToken).isNotEqualTo(invitation);
        String pageAfterResetting = PageText.of(UI.getCurrent());

        assertThat(pageAfterCreating + pageAfterResetting)
                .contains("Invitation sent to p…@t…")
                .doesNotContain(invitation)
                .doesNotContain(resetToken)
                .doesNotContain("/invitation/");
        assertThat(output.getAll()).doesNotContain(invitation).doesNotContain(resetToken);
        assertThat($(Grid.class).exists()).isTrue();
    }
}
