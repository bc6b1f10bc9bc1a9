package app.dyad.identity.ui;

import static app.dyad.identity.ui.Visitor.SESSION_COOKIE;
import static app.dyad.identity.ui.Visitor.isTheSignInPage;
import static app.dyad.identity.ui.Visitor.setCookies;
import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestBeans;
import app.dyad.TestClock;
import app.dyad.TestDatabaseInitializer;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.AuditReview;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
 * The session cookie as a browser and a reverse proxy see it: a new session id at sign-in, nothing left usable
 * after sign-out or twelve hours, no remember-me cookie, and the cookie's flags. Plain HTTP against the running app,
 * with the production settings (only a proxy on this machine is trusted with forwarded headers).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestBeans.class)
class SessionCookieIT {

    /** A counselor's own page: the sign-in page for anyone not signed in. */
    private static final String COUNSELOR_PAGE = "/caseload";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TestClock clock;

    @Autowired
    AuditReview auditReview;

    private String counselor() {
        String email = "counselor-" + UUID.randomUUID().toString().substring(0, 8) + "@sessions.dyad";
        testAccounts.ensure(email, "Sela Sessions", Role.COUNSELOR);
        return email;
    }

    private Visitor visitor() {
        return new Visitor(port);
    }

    @Test
    void theSessionIdChangesAtSignInAndThePreSignInCookieStaysAnonymous() throws Exception {
        Visitor visitor = visitor();
        visitor.get("/login");
        String beforeSignIn = visitor.sessionId();
        assertThat(beforeSignIn).as("the sign-in page opens a session").isNotEmpty();

        visitor.signIn(counselor(), TestAccounts.PASSWORD, Map.of());

        assertThat(visitor.sessionId()).isNotEmpty().isNotEqualTo(beforeSignIn);
        assertThat(isTheSignInPage(visitor.get(COUNSELOR_PAGE))).as("signed in").isFalse();
        Visitor attacker = visitor();
        attacker.useSessionId(beforeSignIn);
        assertThat(isTheSignInPage(attacker.get(COUNSELOR_PAGE)))
                .as("the cookie from before sign-in is anonymous")
                .isTrue();
    }

    @Test
    void afterSignOutTheOldCookieGetsTheSignInPage() throws Exception {
        Visitor visitor = visitor();
        visitor.signIn(counselor(), TestAccounts.PASSWORD, Map.of());
        String signedIn = visitor.sessionId();
        assertThat(isTheSignInPage(visitor.get(COUNSELOR_PAGE))).as("signed in").isFalse();

        HttpResponse<String> signOut = visitor.post("/logout", Map.of("_csrf", visitor.csrfTokenOf(COUNSELOR_PAGE)));
        assertThat(signOut.statusCode())
                .as("signed out: %s", signOut.headers().map())
                .isEqualTo(302);

        Visitor replay = visitor();
        replay.useSessionId(signedIn);
        assertThat(isTheSignInPage(replay.get(COUNSELOR_PAGE))).isTrue();
    }

    @Test
    void noRememberMeCookieIsEverSetEvenWhenAskedFor() throws Exception {
        Visitor visitor = visitor();

        HttpResponse<String> signIn = visitor.signIn(counselor(), TestAccounts.PASSWORD, Map.of("remember-me", "on"));

        assertThat(signIn.headers().allValues("Set-Cookie"))
                .as("cookies set at sign-in")
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).startsWith(SESSION_COOKIE + "="))
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("remember"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
        Visitor visitor = visitor();

        List<String> atSignInPage = setCookies(visitor.get("/login"), SESSION_COOKIE);
        List<String> atSignIn =
                setCookies(visitor.signIn(counselor(), TestAccounts.PASSWORD, Map.of()), SESSION_COOKIE);

        assertThat(atSignInPage).hasSize(1);
        assertThat(atSignIn).hasSize(1);
        assertThat(List.of(atSignInPage.getFirst(), atSignIn.getFirst()))
                .allSatisfy(cookie -> assertThat(cookie)
                        .containsIgnoringCase("; HttpOnly")
                        .containsIgnoringCase("; SameSite=Lax")
                        .doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void behindTheTrustedProxyTheCookieIsSecureAndTheAuditHasThePersonsAddress() throws Exception {
        String email = counselor();
        Visitor visitor = visitor().behindProxy("203.0.113.7", "https");

        HttpResponse<String> signIn = visitor.signIn(email, TestAccounts.PASSWORD, Map.of());

        assertThat(setCookies(signIn, SESSION_COOKIE))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .containsIgnoringCase("; Secure")
                        .containsIgnoringCase("; HttpOnly")
                        .containsIgnoringCase("; SameSite=Lax"));
        assertThat(signInAddressesOf(email)).containsExactly("203.0.113.7");
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInWhateverTheActivity() throws Exception {
        String email = counselor();
        Visitor visitor = visitor();
        visitor.signIn(email, TestAccounts.PASSWORD, Map.of());
        String signedIn = visitor.sessionId();

        for (int hour = 1; hour < 12; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(isTheSignInPage(visitor.get(COUNSELOR_PAGE)))
                    .as("still signed in, busy, %d hours after signing in", hour)
                    .isFalse();
        }
        clock.advance(Duration.ofMinutes(61));

        assertThat(isTheSignInPage(visitor.get(COUNSELOR_PAGE)))
                .as("12 hours and 1 minute after signing in")
                .isTrue();
        Visitor replay = visitor();
        replay.useSessionId(signedIn);
        assertThat(isTheSignInPage(replay.get(COUNSELOR_PAGE)))
                .as("the old cookie, replayed")
                .isTrue();
        assertThat(auditRows(email, AuditAction.SIGN_IN_EXPIRED)).hasSize(1);
    }

    private List<String> signInAddressesOf(String email) {
        return auditRows(email, AuditAction.SIGN_IN).stream()
                .filter(row -> row.outcome() == AuditOutcome.SUCCESS)
                .map(AuditRecord::clientIp)
                .toList();
    }

    private List<AuditRecord> auditRows(String email, AuditAction action) {
        testAccounts.signInAs("auditor-" + UUID.randomUUID() + "@sessions.dyad", "Ada Auditor", Role.ADMIN);
        try {
            return auditReview.find(new AuditQuery(email, null, action, null, null, null), PageRequest.of(0, 10));
        } finally {
            TestAccounts.signOut();
        }
    }
}
