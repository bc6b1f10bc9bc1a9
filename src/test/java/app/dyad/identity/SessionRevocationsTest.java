package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import jakarta.servlet.http.HttpSessionEvent;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Revocations in the database (issue 16): a session this node does not hold (as one on another node) is ended by the
 * check once the person's sessions were ended here; the caller's own kept session is not; a rolled-back revocation
 * ends nothing. {@code TwoNodesIT} proves the same across two running nodes.
 */
@DyadSpringTest
class SessionRevocationsTest {

    @Autowired
    SessionRevocations revocations;

    @Autowired
    ActiveSessions activeSessions;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@revocations.dyad";
    }

    /** A signed-in session on another node: stamped at its sign-in, unknown to this node's ActiveSessions. */
    private MockHttpSession signedInElsewhere(SignedInUser user) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        revocations.signedIn(session, user.accountId());
        return session;
    }

    /** One request of that session through the check, as the filter chain runs it. */
    private void request(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/caseload");
        request.setSession(session);
        new SessionRevocationCheck(revocations, events)
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    @Test
    void aDeactivationEndsASessionThisNodeDoesNotHoldAtItsNextRequestAndAuditsIt() throws Exception {
        SignedInUser counselor = testAccounts.ensure(uniqueEmail("elsewhere"), "Elsewhere", Role.COUNSELOR);
        MockHttpSession elsewhere = signedInElsewhere(counselor);
        request(elsewhere);
        assertThat(elsewhere.isInvalid()).as("good before").isFalse();

        testAccounts.signInAs(uniqueEmail("admin"), "Admin", Role.ADMIN);
        accountAdmin.deactivate(counselor.accountId());
        request(elsewhere);

        assertThat(elsewhere.isInvalid()).as("ended at its next request").isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SESSION_REVOKED' and actor_id = :id")
                        .param("id", counselor.accountId())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void changingOnesPasswordEndsOnesSessionsOnOtherNodesButNotThisOne() throws Exception {
        SignedInUser client = testAccounts.signInAs(uniqueEmail("rotating"), "Rotating", Role.CLIENT);
        MockHttpSession here = signedInElsewhere(client);
        activeSessions.sessionCreated(new HttpSessionEvent(here));
        sessionRegistry.registerNewSession(here.getId(), client);
        MockHttpSession onOtherNode = signedInElsewhere(client);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            myAccount.changePassword(
                    new ChangePassword(TestAccounts.PASSWORD, "fresh long passphrase", "fresh long passphrase"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        request(here);
        request(onOtherNode);

        assertThat(onOtherNode.isInvalid()).as("the session on another node").isTrue();
        assertThat(here.isInvalid()).as("the session that changed the password").isFalse();
    }

    @Test
    void aRolledBackRevocationEndsNothing() throws Exception {
        SignedInUser client = testAccounts.ensure(uniqueEmail("kept"), "Kept", Role.CLIENT);
        MockHttpSession kept = signedInElsewhere(client);
        MockHttpSession other = signedInElsewhere(client);

        transactions.executeWithoutResult(status -> {
            revocations.keep(kept, revocations.revoke(client.accountId()));
            status.setRollbackOnly();
        });
        request(kept);
        request(other);

        assertThat(other.isInvalid()).isFalse();
        assertThat(kept.isInvalid()).isFalse();
        assertThat(kept.getAttribute(SessionRevocations.SIGNED_IN_UNDER))
                .as("the stamp as before")
                .isEqualTo(0L);
    }
}
