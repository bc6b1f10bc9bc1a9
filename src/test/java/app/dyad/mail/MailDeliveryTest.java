package app.dyad.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's promises: a mail goes out once its cause commits, never if it rolls back, once however many try. */
@DyadSpringTest
class MailDeliveryTest {

    @Autowired
    Outbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    EmbeddedMailServer mailServer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQueuedMailArrivesOverSmtpOnceWithItsTextAndTheBodyIsThenErased() throws Exception {
        String to = address();
        queue(OutgoingMail.of("test", null, to, "Something is waiting — ✓", "Ada said مرحبا 😊 http://x/y")
                .withReference("test:" + to));

        delivery.deliverDue();
        delivery.deliverDue();

        List<MimeMessage> arrived = to(to);
        assertThat(arrived).hasSize(1);
        assertThat(arrived.getFirst().getSubject()).isEqualTo("Something is waiting — ✓");
        assertThat(((String) arrived.getFirst().getContent()).strip()).isEqualTo("Ada said مرحبا 😊 http://x/y");
        assertThat(Optional.ofNullable(outbox.latestOf(List.of("test:" + to)).get("test:" + to)))
                .hasValueSatisfying(d -> {
                    assertThat(d.sent()).isTrue();
                    assertThat(d.maskedRecipient()).isEqualTo(to.charAt(0) + "…@e…");
                });
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        String to = address();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    outbox.queue(OutgoingMail.of("test", null, to, "Rolled back", "Never"));
                    throw new IllegalStateException("the change failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        delivery.deliverDue();

        assertThat(to(to)).isEmpty();
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.queue(OutgoingMail.of("test", null, address(), "No", "No")))
                .hasMessageContaining("transaction");
    }

    @Test
    void aMailWithTheSameUniqueKeyIsQueuedOnce() throws Exception {
        String to = address();
        String key = "test:" + to + ":2026-12-01";
        queue(OutgoingMail.of("test", null, to, "Once", "Once").withUniqueKey(key));
        boolean second = transactions.execute(status ->
                outbox.queue(OutgoingMail.of("test", null, to, "Twice", "Twice").withUniqueKey(key)));

        delivery.deliverDue();

        assertThat(second).isFalse();
        assertThat(to(to)).extracting(MimeMessage::getSubject).containsExactly("Once");
    }

    @Test
    void withTheMailServerDownForTenMinutesEveryMailArrivesOnceWhenItIsBack() throws Exception {
        delivery.deliverDue(); // what other tests left queued goes now, so the outage meets only these mails
        String first = address();
        String second = address();
        queue(OutgoingMail.of("test", null, first, "First", "First"));
        mailServer.stop();
        try {
            delivery.deliverDue();
            queue(OutgoingMail.of("test", null, second, "Second", "Second"));
            for (int minute = 0; minute < 10; minute++) {
                clock.advance(Duration.ofMinutes(1));
                delivery.deliverDue();
            }
        } finally {
            mailServer.start();
        }
        assertThat(to(first)).isEmpty();

        clock.advance(MailDelivery.LONGEST_PAUSE);
        delivery.deliverDue();
        delivery.deliverDue();

        assertThat(to(first)).hasSize(1);
        assertThat(to(second)).hasSize(1);
    }

    @Test
    void twoSchedulersRacingOnOneDatabaseSendEachMailOnce() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String to = address();
            addresses.add(to);
            queue(OutgoingMail.of("test", null, to, "Race " + i, "Race"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    delivery.deliverDue();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        // the run that found the lock taken sent nothing; whatever is left goes out on the next run, once
        delivery.deliverDue();

        for (String to : addresses) {
            assertThat(to(to)).as(to).hasSize(1);
        }
    }

    /** A morning's reminders, or a backlog after an outage, go out in one run, not a hundred every ten seconds. */
    @Test
    void oneRunSendsABacklogLargerThanOneBatch() throws Exception {
        List<String> addresses = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 250; i++) {
                String to = address();
                addresses.add(to);
                outbox.queue(OutgoingMail.of("test", null, to, "Backlog " + i, "Backlog"));
            }
        });

        delivery.deliverDue();

        Set<String> arrived = new HashSet<>();
        for (MimeMessage message : mailServer.received()) {
            arrived.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        assertThat(arrived).containsAll(addresses);
    }

    /** After three days of refusals the mail is given up, and its link with it: the table keeps no usable token. */
    @Test
    void aMailGivenUpKeepsNoBody() {
        delivery.deliverDue(); // what other tests left queued goes now, so this run meets only this mail
        String to = address();
        queue(OutgoingMail.of("test", null, to, "Given up", "http://x/invitation/secret-token")
                .withReference("test:" + to));
        mailServer.stop();
        try {
            delivery.deliverDue();
            clock.advance(MailDelivery.GIVE_UP_AFTER.plusMinutes(1));
            delivery.deliverDue();
        } finally {
            mailServer.start();
        }

        assertThat(Optional.ofNullable(outbox.latestOf(List.of("test:" + to)).get("test:" + to)))
                .hasValueSatisfying(d -> assertThat(d.failed()).isTrue());
        assertThat(jdbc.sql("select body from outbox_mail where recipient = :to")
                        .param("to", to)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void aRefusalQuotingTheMailKeepsNoLinkInTheLogOrTheTable() {
        assertThat(
                        MailDelivery.withoutLinks(
                                "554 blocked URL https://dyad.example.org/invitation/abc-DEF_123 (policy), see www.spam.example/x"))
                .isEqualTo("554 blocked URL [link] (policy), see [link]");
    }

    /** Mails the server refuses one by one (a bad address) hold up nobody else's; only an unreachable server does. */
    @Test
    void refusedMailsDoNotStopTheRunForTheOthers() throws Exception {
        delivery.deliverDue(); // what other tests left queued goes now
        String good = address();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 4; i++) {
                outbox.queue(OutgoingMail.of("test", null, "not an address " + i, "Refused", "Refused"));
            }
            outbox.queue(OutgoingMail.of("test", null, good, "Good", "Good"));
        });

        delivery.deliverDue();

        assertThat(to(good)).hasSize(1);
    }

    /** Tests run delivery by hand: a schedule of their own would deliver other tests' mail into this server. */
    @Test
    void nothingIsScheduledInTests(@Autowired ApplicationContext context) {
        assertThat(context.getBeanNamesForType(MailSchedule.class)).isEmpty();
    }

    @Test
    void pausesGrowToTwoMinutesAndStayThere() {
        assertThat(MailDelivery.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailDelivery.pauseAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDelivery.pauseAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailDelivery.pauseAfter(40)).isEqualTo(Duration.ofMinutes(2));
    }

    private void queue(OutgoingMail mail) {
        transactions.executeWithoutResult(
                status -> assertThat(outbox.queue(mail)).isTrue());
    }

    private List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mailServer.received()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String address() {
        return "m" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
