package app.dyad.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ui.AccessDeniedView;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.MailDelivery;
import app.dyad.mail.Outbox;
import app.dyad.mail.OutgoingMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's Outbox shows what the in-app mail server received, links clickable, to the admin only. */
@DyadSpringTest
class OutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theAdminSeesEachSentMailWithItsLinkClickable() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String link = "http://localhost:8080/invitation/" + tag;
        transactions.executeWithoutResult(status -> outbox.queue(OutgoingMail.of(
                "test", null, "nora-" + tag + "@example.org", "Welcome " + tag, "Set your password:\n" + link + "\n")));
        delivery.deliverDue();
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);

        OutboxView view = navigate(OutboxView.class);

        assertThat($(Anchor.class, view).all()).extracting(Anchor::getHref).contains(link);
        assertThat(view.getElement().getTextRecursively()).contains("Welcome " + tag, "nora-" + tag + "@example.org");
    }

    @Test
    void aCounselorCannotOpenIt() {
        accounts.signInAs("maya-" + UUID.randomUUID() + "@test.dyad", "Maya", Role.COUNSELOR);

        navigate("admin/outbox", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    /** Production runs no in-app mail server: then the page, and the service behind it, do not exist at all. */
    @Test
    void withoutTheInAppMailServerThereIsNoOutboxPage() {
        new ApplicationContextRunner()
                .withUserConfiguration(OutboxRoute.class)
                .withPropertyValues("dyad.mail.embedded-server.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(OutboxRoute.class));
    }
}
