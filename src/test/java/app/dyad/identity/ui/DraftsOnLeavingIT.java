package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestBeans;
import app.dyad.TestDatabaseInitializer;
import app.dyad.base.ui.Autosave;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.identity.TwoStepEnrolment;
import app.dyad.identity.TwoStepService;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The address a page being left posts its unsaved text to ({@link Autosave#LEAVING_PATH}) is no way around the
 * sign-in or the CSRF check: another site cannot make a signed-in browser save text into a draft. Plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestBeans.class)
class DraftsOnLeavingIT {

    private static final String COUNSELOR = "counselor@leaving.dyad";
    private static final String UNKNOWN_FORM = Autosave.LEAVING_PATH + "00000000-0000-0000-0000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TwoStepService twoStep;

    @Autowired
    Clock clock;

    private Visitor signedIn() throws Exception {
        testAccounts.ensure(COUNSELOR, "Lea Leaving", Role.COUNSELOR);
        Visitor visitor = new Visitor(port);
        visitor.signIn(COUNSELOR, TestAccounts.PASSWORD, Map.of());
        return visitor;
    }

    @Test
    void nobodySignedInGetsNowhere() throws Exception {
        Visitor stranger = new Visitor(port);
        String token = stranger.csrfTokenOf("/login");
        HttpResponse<String> answer = stranger.post(UNKNOWN_FORM, Map.of("edits", "1", "text0", "x", "_csrf", token));
        assertThat(answer.statusCode()).isIn(302, 401, 403);
    }

    @Test
    void aPostWithoutThePagesTokenIsRefused() throws Exception {
        HttpResponse<String> answer = signedIn().post(UNKNOWN_FORM, Map.of("edits", "1", "text0", "x"));
        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void withThePagesTokenItReachesOnlyAFormThePageWasShown() throws Exception {
        Visitor visitor = signedIn();
        String token = visitor.csrfTokenOf("/caseload");
        HttpResponse<String> answer = visitor.post(UNKNOWN_FORM, Map.of("edits", "1", "text0", "x", "_csrf", token));
        assertThat(answer.statusCode())
                .as("past sign-in and CSRF, no such form")
                .isEqualTo(404);
    }

    @Test
    void someoneWithOnlyThePasswordOfATwoStepAccountIsRefused() throws Exception {
        SignedInUser person = testAccounts.ensure("two-step@leaving.dyad", "Tia Twostep", Role.COUNSELOR);
        TwoStepEnrolment.setUpFor(person, twoStep, clock);
        Visitor halfway = new Visitor(port);
        halfway.signIn("two-step@leaving.dyad", TestAccounts.PASSWORD, Map.of());
        String token = halfway.csrfTokenOf("/sign-in/code");

        HttpResponse<String> answer = halfway.post(UNKNOWN_FORM, Map.of("edits", "1", "text0", "x", "_csrf", token));

        assertThat(answer.statusCode())
                .as("a session between the two steps has no role")
                .isEqualTo(403);
    }
}
