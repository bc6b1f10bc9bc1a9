package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.couples.ui.CaseloadView;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AuthenticatorApp;
import app.dyad.identity.AwaitingSecondStep;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInAs;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.identity.TwoStepService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 13's pages between the password and the code: the code page, the forced set-up page, the gate that keeps a
 * person between the steps on their one page, and setting it up on one's own account page.
 */
@DyadSpringTest
class TwoStepPagesTest extends SpringBrowserlessTest {

    /** How long an authenticator code stands; each is accepted once. */
    private static final Duration CODE_STEP = Duration.ofSeconds(30);

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    TwoStepService twoStep;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecondStepGate gate;

    @AfterEach
    void clinicRuleOffAndSignedOut() {
        accounts.signInAs("admin@test.dyad", "Test admin", Role.ADMIN);
        if (accountAdmin.twoStepRequiredForStaff()) {
            accountAdmin.requireTwoStepForStaff(false);
        }
        TestAccounts.signOut();
    }

    // the gate

    @Test
    void aCounselorBetweenTheStepsWhoOpensTheirCaseloadIsAskedForTheCodeFirst() {
        SignedInUser counselor = counselor();
        AuthenticatorApp.setUpFor(counselor, twoStep, clock);
        signInWithPassword(counselor);

        navigate("caseload", SecondStepView.class);

        assertThat(getCurrentView()).isNotInstanceOf(CaseloadView.class);
        assertThat(location().getPath()).isEqualTo("sign-in/code");
        assertThat(location().getQueryParameters().getSingleParameter("continue"))
                .contains("caseload");
        for (String elsewhere : List.of("couples/1", "admin/users", "my", "account", "")) {
            navigate(elsewhere, SecondStepView.class);
        }
    }

    @Test
    void theHomePageThatTheSignInOpensKeepsNoEmptyContinue() {
        SignedInUser counselor = counselor();
        AuthenticatorApp.setUpFor(counselor, twoStep, clock);
        signInWithPassword(counselor);

        // Spring's sign-in opens "/?continue" after the password
        UI.getCurrent().navigate("", QueryParameters.fromString("continue"));
        assertThat(getCurrentView()).isInstanceOf(SecondStepView.class);
        assertThat(location().getQueryParameters().getParameters())
                .as("nothing to go on to but home")
                .isEmpty();

        UI.getCurrent().navigate("caseload", QueryParameters.fromString("continue&tab=notes"));
        assertThat(getCurrentView()).isInstanceOf(SecondStepView.class);
        assertThat(location().getQueryParameters().getSingleParameter("continue"))
                .contains("caseload?tab=notes");
    }

    @Test
    void anAddressThatIsNoPageAlsoLeadsSomeoneBetweenTheStepsToTheCodePageNotToAServerError() {
        SignedInUser counselor = counselor();
        AuthenticatorApp.setUpFor(counselor, twoStep, clock);
        signInWithPassword(counselor);

        // "couples" needs a couple's number: no page of its own
        navigate("couples", SecondStepView.class);
        assertThat(location().getQueryParameters().getSingleParameter("continue"))
                .contains("couples");
    }

    @Test
    void staffWhoMustSetUpTwoStepSeeOnlyTheSetUpPageEvenAtTheCodePage() {
        requireTwoStepForStaff();
        SignedInUser counselor = counselor();
        signInWithPassword(counselor);
        assertThat(principal())
                .isInstanceOfSatisfying(
                        AwaitingSecondStep.class,
                        awaiting -> assertThat(awaiting.mustSetUp()).isTrue());

        navigate("caseload", TwoStepSetUpView.class);
        assertThat(location().getQueryParameters().getSingleParameter("continue"))
                .contains("caseload");
        for (String anywhere : List.of("sign-in/code", "account", "")) {
            navigate(anywhere, TwoStepSetUpView.class);
        }
    }

    @Test
    void behindTheForwardTheAccessCheckStillRefusesEveryOtherPageBetweenTheSteps() {
        SignedInUser counselor = counselor();
        AuthenticatorApp.setUpFor(counselor, twoStep, clock);
        signInWithPassword(counselor);

        assertThat(gateDecisionFor(CaseloadView.class)).isEqualTo(AccessCheckDecision.DENY);
        assertThat(gateDecisionFor(AccountView.class)).isEqualTo(AccessCheckDecision.DENY);
        assertThat(gateDecisionFor(TwoStepSetUpView.class)).isEqualTo(AccessCheckDecision.DENY);
        assertThat(gateDecisionFor(SecondStepView.class)).isEqualTo(AccessCheckDecision.NEUTRAL);
        assertThat(gateDecisionFor(LoginView.class)).isEqualTo(AccessCheckDecision.NEUTRAL);
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void aSignedInCounselorIsSentHomeFromTheCodeAndSetUpPages() {
        navigate("sign-in/code", CaseloadView.class);
        navigate("sign-in/set-up", CaseloadView.class);
    }

    // the code page

    @Test
    void aWrongCodeIsShownByTheFieldIsAuditedAndTheButtonWorksAgain() {
        SignedInUser counselor = counselor();
        AuthenticatorApp app = AuthenticatorApp.setUpFor(counselor, twoStep, clock);
        signInWithPassword(counselor);
        navigate("sign-in/code", SecondStepView.class);

        TextField code = $(TextField.class).id("second-step-code");
        Button signIn = $(Button.class).id("second-step-sign-in");
        test(code).setValue(app.wrongCode());
        test(signIn).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(code.getTranslation("two-step.code.wrong"));
        assertThat(code.getValue()).isEmpty();
        assertThat(signIn.isEnabled()).isTrue();
        assertThat(principal()).isInstanceOf(AwaitingSecondStep.class);
        assertThat(auditRows(counselor, "FAILURE")).isEqualTo(1);

        // typing again takes the message away, and a second wrong code is refused the same way
        test(code).setValue(app.wrongCode());
        assertThat(code.isInvalid()).isFalse();
        test(signIn).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(auditRows(counselor, "FAILURE")).isEqualTo(2);
    }

    @Test
    void theCodeFromTheAppSignsInWithTheRoleAndOpensThePageTheyAskedFor() {
        SignedInUser counselor = counselor();
        AuthenticatorApp app = AuthenticatorApp.setUpFor(counselor, twoStep, clock);
        clock.advance(CODE_STEP); // the code of setting up is used up
        signInWithPassword(counselor);
        navigate("caseload", SecondStepView.class);

        test($(TextField.class).id("second-step-code")).setValue(app.codeNow());
        assertThat(clickChangesTheSessionId($(Button.class).id("second-step-sign-in")))
                .isTrue();

        assertThat(principal())
                .isInstanceOfSatisfying(
                        SignedInUser.class, user -> assertThat(user.accountId()).isEqualTo(counselor.accountId()));
        assertThat(authorities()).contains("ROLE_COUNSELOR");
        assertThat(openedAddress()).isEqualTo("./caseload");
        assertThat(auditRows(counselor, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aRecoveryCodeSignsInOnceAndIsRefusedTheSecondTime() {
        SignedInUser counselor = counselor();
        String recoveryCode = AuthenticatorApp.setUpFor(counselor, twoStep, clock)
                .recoveryCodes()
                .getFirst();

        signInWithPassword(counselor);
        enterRecoveryCode(recoveryCode);
        assertThat(principal()).isInstanceOf(SignedInUser.class);
        navigate("caseload", CaseloadView.class); // what the page load after signing in opens

        signInWithPassword(counselor);
        TextField code = enterRecoveryCode(recoveryCode);
        assertThat(principal()).isInstanceOf(AwaitingSecondStep.class);
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(code.getTranslation("two-step.sign-in.recovery-wrong"));
    }

    @Test
    void theSwitchOffersARecoveryCodeAndBackTheAppsCode() {
        SignedInUser counselor = counselor();
        AuthenticatorApp.setUpFor(counselor, twoStep, clock);
        signInWithPassword(counselor);
        SecondStepView page = navigate("sign-in/code", SecondStepView.class);
        TextField code = $(TextField.class).id("second-step-code");
        Button switchKind = $(Button.class).id("second-step-switch");
        assertThat(code.getLabel()).isEqualTo(page.getTranslation("two-step.sign-in.label"));
        assertThat(switchKind.getText()).isEqualTo(page.getTranslation("two-step.sign-in.use-recovery"));

        test(switchKind).click();
        assertThat(code.getLabel()).isEqualTo(page.getTranslation("two-step.sign-in.recovery-label"));
        assertThat(intro()).isEqualTo(page.getTranslation("two-step.sign-in.recovery-intro"));
        assertThat(switchKind.getText()).isEqualTo(page.getTranslation("two-step.sign-in.use-app"));

        test(switchKind).click();
        assertThat(code.getLabel()).isEqualTo(page.getTranslation("two-step.sign-in.label"));
        assertThat(intro()).isEqualTo(page.getTranslation("two-step.sign-in.intro"));
    }

    // the forced set-up page

    @Test
    void settingUpOnTheForcedPageSignsInAndDoneOpensThePageTheyAskedFor() {
        requireTwoStepForStaff();
        SignedInUser counselor = counselor();
        signInWithPassword(counselor);
        navigate("caseload", TwoStepSetUpView.class);

        AuthenticatorApp app =
                AuthenticatorApp.typedIn($(Span.class).id("two-step-secret").getText(), clock);
        test($(TextField.class).id("two-step-set-up-code")).setValue(app.codeNow());
        assertThat(clickChangesTheSessionId($(Button.class).id("two-step-confirm")))
                .as("signed in from the confirmed code: a new session id at once, not only at Done")
                .isTrue();

        assertThat(principal()).isInstanceOf(SignedInUser.class);
        assertThat(authorities()).contains("ROLE_COUNSELOR");
        assertThat($(Button.class).withId("set-up-sign-out").exists())
                .as("nothing left to cancel")
                .isFalse();
        assertThat(openedAddress()).as("not before the codes are saved").isNull();
        keepTheRecoveryCodes();
        assertThat(openedAddress()).isEqualTo("./caseload");
    }

    // the account page

    @Test
    void aCounselorSetsUpTwoStepOnTheirAccountPageAndSeesTenRecoveryCodesLeft() {
        SignedInUser counselor = counselor();
        accounts.signInAs(counselor.email(), counselor.displayName(), Role.COUNSELOR);
        navigate(AccountView.class);
        Paragraph state = $(Paragraph.class).id("two-step-state");
        assertThat(state.getText()).isEqualTo(state.getTranslation("two-step.state.off"));

        test($(Button.class).id("two-step-start")).click();
        AuthenticatorApp app =
                AuthenticatorApp.typedIn($(Span.class).id("two-step-secret").getText(), clock);
        test($(TextField.class).id("two-step-set-up-code")).setValue(app.codeNow());
        test($(Button.class).id("two-step-confirm")).click();
        keepTheRecoveryCodes();

        assertThat($(Paragraph.class).id("two-step-state").getText())
                .startsWith("On since ")
                .contains("10 recovery codes left");
    }

    @Test
    void aWrongCodeWhileSettingUpIsShownByTheFieldAndTurnsNothingOn() {
        SignedInUser counselor = counselor();
        accounts.signInAs(counselor.email(), counselor.displayName(), Role.COUNSELOR);
        navigate(AccountView.class);
        test($(Button.class).id("two-step-start")).click();
        AuthenticatorApp app =
                AuthenticatorApp.typedIn($(Span.class).id("two-step-secret").getText(), clock);

        TextField code = $(TextField.class).id("two-step-set-up-code");
        test(code).setValue(app.wrongCode());
        test($(Button.class).id("two-step-confirm")).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(code.getTranslation("two-step.code.wrong"));
        assertThat($(Button.class).id("two-step-confirm").isEnabled()).isTrue();
        assertThat(twoStep.myStatus().isOn()).isFalse();
    }

    // helpers

    /** The recovery codes step: ten codes, and Done only once "I have saved them" is ticked. */
    private void keepTheRecoveryCodes() {
        assertThat($(OrderedList.class).id("recovery-codes").getChildren())
                .hasSize(10)
                .allSatisfy(item -> assertThat(item).isInstanceOf(ListItem.class));
        Button done = $(Button.class).id("recovery-codes-done");
        assertThat(done.isEnabled()).isFalse();
        test($(Checkbox.class).id("recovery-codes-saved")).click();
        assertThat(done.isEnabled()).isTrue();
        clickChangesTheSessionId(done);
    }

    /**
     * Clicks, on a request whose session id can change: the mock request of browserless cannot, and signing in asks
     * for a new one. Whether it did.
     */
    private boolean clickChangesTheSessionId(Button button) {
        VaadinServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
        AtomicBoolean changed = new AtomicBoolean();
        HttpServletRequest changing = new HttpServletRequestWrapper(request.getHttpServletRequest()) {
            @Override
            public String changeSessionId() {
                changed.set(true);
                return "changed-" + UUID.randomUUID();
            }
        };
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(changing, request.getService()));
        try {
            test(button).click();
        } finally {
            CurrentInstance.set(VaadinRequest.class, request);
        }
        return changed.get();
    }

    private TextField enterRecoveryCode(String recoveryCode) {
        navigate("sign-in/code", SecondStepView.class);
        test($(Button.class).id("second-step-switch")).click();
        TextField code = $(TextField.class).id("second-step-code");
        test(code).setValue(recoveryCode);
        clickChangesTheSessionId($(Button.class).id("second-step-sign-in"));
        return code;
    }

    private SignedInUser counselor() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return accounts.ensure("two-step-page-" + tag + "@test.dyad", "Noa " + tag, Role.COUNSELOR);
    }

    /** What the sign-in page does with the right password: the session it keeps from then on. */
    private void signInWithPassword(SignedInUser person) {
        Authentication afterPassword = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(person.email(), TestAccounts.PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(afterPassword);
    }

    private void requireTwoStepForStaff() {
        accounts.signInAs("admin@test.dyad", "Test admin", Role.ADMIN);
        accountAdmin.requireTwoStepForStaff(true);
        TestAccounts.signOut();
    }

    private static Object principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getPrincipal();
    }

    private static List<String> authorities() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    /** What the gate's access check alone says of opening this page now (the forward never runs here). */
    private AccessCheckDecision gateDecisionFor(Class<? extends Component> page) {
        NavigationContext context = new NavigationContext(
                UI.getCurrent().getInternals().getRouter(),
                page,
                new Location(RouteConfiguration.forApplicationScope().getUrl(page)),
                RouteParameters.empty(),
                SecurityContextHolder.getContext().getAuthentication(),
                role -> false,
                false);
        return gate.check(context).decision();
    }

    private static Location location() {
        return UI.getCurrent().getActiveViewLocation();
    }

    private String intro() {
        return $(Paragraph.class).first().getText();
    }

    /** The address a whole page load was asked for (Page.setLocation) since last asked, if any. */
    private static String openedAddress() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(invocation -> invocation.getExpression().contains("window.open"))
                .map(invocation -> Objects.toString(invocation.getParameters().getFirst()))
                .reduce((first, last) -> last)
                .orElse(null);
    }

    private long auditRows(SignedInUser person, String outcome) {
        Long rows = jdbc.queryForObject(
                "select count(*) from audit_entry where actor_email = ? and action = 'TWO_STEP_SIGN_IN'"
                        + " and outcome = ?",
                Long.class,
                person.email(),
                outcome);
        return rows == null ? 0 : rows;
    }
}
