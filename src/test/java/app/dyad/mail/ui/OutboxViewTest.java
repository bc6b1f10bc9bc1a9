package app.dyad.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ui.AccessDeniedView;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.DemoMail;
import app.dyad.mail.DemoOutbox;
import app.dyad.mail.Outbox;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's Outbox shows what the in-app mail server received, links clickable, to the admin only. */
@DyadSpringTest
class OutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    JavaMailSender sender;

    @Autowired
    DemoOutbox demoOutbox;

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
        // straight to the in-app server, as the last mail it received: the outbox's own delivery is MailDeliveryTest's,
        // and in a full run it would first send thousands of other tests' mails, in an order of their own
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("dyad@test.dyad");
        mail.setTo("nora-" + tag + "@example.org");
        mail.setSubject("Welcome " + tag);
        mail.setText("Set your password:\n" + link + "\n");
        sender.send(mail);
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);

        OutboxView view = navigate(OutboxView.class);

        assertThat($(Anchor.class, view).all()).extracting(Anchor::getHref).contains(link);
        assertThat(view.getElement().getTextRecursively()).contains("Welcome " + tag, "nora-" + tag + "@example.org");
    }

    @Test
    void aNewMailToSomeoneWhoHadOneBeforeComesFirst() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String to : List.of("first-" + tag, "second-" + tag, "first-" + tag)) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom("dyad@test.dyad");
            mail.setTo(to + "@example.org");
            mail.setSubject("To " + to);
            mail.setText("Hello");
            sender.send(mail);
            Thread.sleep(5); // the server stores each with the time it arrived, to the millisecond
        }
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);

        List<DemoMail> latest = demoOutbox.latest();

        assertThat(latest.subList(0, 3))
                .extracting(DemoMail::to)
                .containsExactly(
                        "first-" + tag + "@example.org",
                        "second-" + tag + "@example.org",
                        "first-" + tag + "@example.org");
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
