package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadApplication;
import app.dyad.TestDatabaseInitializer;
import app.dyad.mail.Outbox;
import app.dyad.mail.OutgoingMail;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Dyad nodes in one JVM, on two ports, on one database schema, as a clinic runs them behind a load balancer with
 * sticky sessions (issue 16): a person signed in on node B loses that session within seconds when an admin
 * deactivates them or resets their password on node A; and scheduled work (the mail delivery, under its ShedLock
 * lock) sends each mail once although both nodes run it every 100 ms. Both nodes send to one GreenMail, as both would
 * to the clinic's mail server.
 */
class TwoNodesIT {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesIT.class);

    /** Far more than the revocation needs (a node reads an account's generation at most every 2 s). */
    private static final long PATIENCE_MILLIS = 15_000;

    private static GreenMail clinicMailServer;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        int smtpPort = freePort();
        clinicMailServer = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        clinicMailServer.start();
        // one after the other: the first migrates the schema, the second finds it migrated
        nodeA = startNode(smtpPort);
        nodeB = startNode(smtpPort);
    }

    private static ConfigurableApplicationContext startNode(int smtpPort) {
        return new SpringApplicationBuilder(DyadApplication.class, TestAccounts.class)
                .profiles("test")
                .initializers(new TestDatabaseInitializer())
                // arguments, not default properties: they must win over application.properties' port
                .run(
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        // the mail worker runs on both nodes, often, against one mail server
                        "--dyad.scheduling.enabled=true",
                        "--dyad.mail.send-every=PT0.1S",
                        "--dyad.reminders.first-check-after=PT1H",
                        "--dyad.mail.embedded-server.enabled=false",
                        "--dyad.mail.host=127.0.0.1",
                        "--dyad.mail.port=" + smtpPort,
                        "--dyad.mail.starttls=false");
    }

    @AfterAll
    static void stopTwoNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (clinicMailServer != null) {
            clinicMailServer.stop();
        }
    }

    @Test
    void aDeactivationOnNodeAEndsTheSessionOnNodeB() throws Exception {
        String counselor = newCounselor();
        Browser onB = new Browser(port(nodeB));
        onB.signIn(counselor, TestAccounts.PASSWORD);
        assertThat(onB.seesTheSignInPage()).as("signed in on node B").isFalse();

        long accountId = account(counselor);
        asAdminOn(nodeA, admin -> admin.deactivate(accountId));

        long waited = waitUntilSignedOut(onB);
        assertThat(onB.seesTheSignInPage())
                .as("the session on node B ended after the deactivation on node A (waited %d ms)", waited)
                .isTrue();
        assertThat(revokedSessionsAudited(accountId))
                .as("node B audited the session it ended")
                .isOne();
    }

    @Test
    void aPasswordResetOnNodeAEndsTheSessionOnNodeB() throws Exception {
        String counselor = newCounselor();
        Browser onB = new Browser(port(nodeB));
        onB.signIn(counselor, TestAccounts.PASSWORD);
        Browser onA = new Browser(port(nodeA));
        onA.signIn(counselor, TestAccounts.PASSWORD);
        assertThat(onB.seesTheSignInPage()).as("signed in on node B").isFalse();

        long accountId = account(counselor);
        asAdminOn(nodeA, admin -> admin.resetPassword(accountId));

        assertThat(onA.seesTheSignInPage())
                .as("node A ended its own session at once")
                .isTrue();
        long waited = waitUntilSignedOut(onB);
        assertThat(onB.seesTheSignInPage())
                .as("the session on node B ended after the reset on node A (waited %d ms)", waited)
                .isTrue();
        // the person signs in again (on node B) with a new session: that one stays
        Browser again = new Browser(port(nodeB));
        setPassword(accountId);
        again.signIn(counselor, TestAccounts.PASSWORD);
        Thread.sleep(2_500);
        assertThat(again.seesTheSignInPage())
                .as("a sign-in after the reset is good")
                .isFalse();
    }

    @Test
    void eachQueuedMailIsSentOnceWithBothNodesDeliveringEvery100Milliseconds() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int mails = 40;
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < mails; i++) {
            recipients.add("nodes-" + run + "-" + i + "@nodes.dyad");
        }
        // half queued through each node, while both deliver
        for (int i = 0; i < mails; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
            String to = recipients.get(i);
            node.getBean(TransactionTemplate.class)
                    .executeWithoutResult(status -> node.getBean(Outbox.class)
                            .queue(OutgoingMail.of("test", null, to, "Two nodes", "Sent once, by one node.")));
        }

        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (arrivedFor(recipients).size() < mails && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        // both nodes go on delivering for a while: a second copy would arrive now
        Thread.sleep(2_000);

        List<String> arrived = arrivedFor(recipients);
        assertThat(arrived).as("every mail arrived").containsAll(recipients);
        assertThat(arrived).as("and each once").hasSize(mails).doesNotHaveDuplicates();
    }

    private static long waitUntilSignedOut(Browser browser) throws Exception {
        long start = System.currentTimeMillis();
        while (System.currentTimeMillis() - start < PATIENCE_MILLIS) {
            if (browser.seesTheSignInPage()) {
                break;
            }
            Thread.sleep(200);
        }
        long waited = System.currentTimeMillis() - start;
        log.info("The session on node B ended {} ms after the change on node A", waited);
        return waited;
    }

    private static String newCounselor() {
        String email = "counselor-" + UUID.randomUUID().toString().substring(0, 8) + "@nodes.dyad";
        nodeA.getBean(TestAccounts.class).ensure(email, "Nadia Nodes", Role.COUNSELOR);
        return email;
    }

    private static long account(String email) {
        return nodeA.getBean(TestAccounts.class)
                .ensure(email, "Nadia Nodes", Role.COUNSELOR)
                .accountId();
    }

    private static void setPassword(long accountId) {
        nodeA.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            UserAccount account = nodeA.getBean(UserAccountRepository.class)
                    .findById(accountId)
                    .orElseThrow();
            account.setPasswordHash(nodeA.getBean(PasswordEncoder.class).encode(TestAccounts.PASSWORD));
        });
    }

    private static void asAdminOn(ConfigurableApplicationContext node, Consumer<AccountAdminService> action) {
        // each context installs its own holder strategy, and its method security reads only that one
        // (app.dyad.OwnSecurityContextHolder)
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
        node.getBean(TestAccounts.class).signInAs("admin@nodes.dyad", "Ada Admin", Role.ADMIN);
        try {
            action.accept(node.getBean(AccountAdminService.class));
        } finally {
            TestAccounts.signOut();
        }
    }

    private static long revokedSessionsAudited(long accountId) {
        return nodeA.getBean(JdbcClient.class)
                .sql("select count(*) from audit_entry where action = 'SESSION_REVOKED' and actor_id = :id")
                .param("id", accountId)
                .query(Long.class)
                .single();
    }

    private static List<String> arrivedFor(List<String> recipients) throws MessagingException {
        List<String> arrived = new ArrayList<>();
        for (MimeMessage message : clinicMailServer.getReceivedMessages()) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                if (recipients.contains(to.toString())) {
                    arrived.add(to.toString());
                }
            }
        }
        return arrived;
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser reduced to its session cookie, talking to one node (as the balancer's stickiness makes it). */
    private static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
        private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String origin;
        private String sessionId = "";

        Browser(int port) {
            this.origin = "http://127.0.0.1:" + port;
        }

        void signIn(String email, String password) throws IOException, InterruptedException {
            Matcher csrf = CSRF.matcher(send(request("/login").GET()).body());
            assertThat(csrf.find()).as("the sign-in page carries a CSRF token").isTrue();
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> answer = send(request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as("signed in as %s", email)
                    .doesNotContain("error")
                    .doesNotEndWith("/login");
        }

        /** Whether a counselor's own page answers with the sign-in page: Spring's redirect to it, or the view. */
        boolean seesTheSignInPage() throws IOException, InterruptedException {
            HttpResponse<String> answer = send(request("/caseload").GET());
            if (answer.statusCode() / 100 == 3) {
                return answer.headers().firstValue("Location").orElse("").endsWith("/login");
            }
            return answer.body().contains("vaadin-login") || answer.body().contains("\"/login\"");
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(origin + path)).header("Accept", "text/html");
            if (!sessionId.isEmpty()) {
                request.header("Cookie", "JSESSIONID=" + sessionId);
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String line : response.headers().allValues("Set-Cookie")) {
                Matcher session = SESSION.matcher(line);
                if (line.startsWith("JSESSIONID=") && session.find()) {
                    sessionId = session.group(1);
                }
            }
            return response;
        }
    }
}
