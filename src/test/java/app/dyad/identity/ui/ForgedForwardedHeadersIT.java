package app.dyad.identity.ui;

import static app.dyad.identity.ui.Visitor.SESSION_COOKIE;
import static app.dyad.identity.ui.Visitor.setCookies;
import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestBeans;
import app.dyad.TestDatabaseInitializer;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.AuditReview;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Forwarded headers from a machine that is not the configured proxy are ignored: someone on the clinic's network
 * cannot put another address into the audit trail, nor pass plain HTTP off as HTTPS. The only trusted proxy here is
 * an address the test's requests never come from.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dyad.trusted-proxies=192.0.2.10/32")
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestBeans.class)
class ForgedForwardedHeadersIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AuditReview auditReview;

    @Test
    void forwardedHeadersFromAnUntrustedMachineChangeNeitherTheAuditedAddressNorTheCookie() throws Exception {
        String email = "forger-" + UUID.randomUUID().toString().substring(0, 8) + "@sessions.dyad";
        testAccounts.ensure(email, "Fergus Forger", Role.CLIENT);
        Visitor forger = new Visitor(port).behindProxy("198.51.100.23", "https");

        HttpResponse<String> signIn = forger.signIn(email, TestAccounts.PASSWORD, Map.of());

        assertThat(setCookies(signIn, SESSION_COOKIE))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
        testAccounts.signInAs("auditor-" + UUID.randomUUID() + "@sessions.dyad", "Ada Auditor", Role.ADMIN);
        try {
            assertThat(auditReview.find(
                            new AuditQuery(email, null, AuditAction.SIGN_IN, AuditOutcome.SUCCESS, null, null),
                            PageRequest.of(0, 10)))
                    .extracting(AuditRecord::clientIp)
                    .containsExactly("127.0.0.1");
        } finally {
            TestAccounts.signOut();
        }
    }
}
