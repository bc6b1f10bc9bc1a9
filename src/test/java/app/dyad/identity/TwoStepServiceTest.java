package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseloadFilter;
import app.dyad.couples.CoupleService;
import jakarta.servlet.http.HttpSessionEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two-step sign-in against the real database with a fixed clock: setting up, the sealed secret, the code step after
 * the password (each time step once, recovery codes once), the shared lockout, what the password alone grants, and
 * that nothing is reachable between the steps.
 */
@DyadSpringTest
class TwoStepServiceTest {

    /** Ten seconds into a time step, so one step either side is unambiguous. */
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:10Z");

    @Autowired
    TwoStepService twoStep;

    @Autowired
    TwoStepPolicy policy;

    @Autowired
    DyadAuthenticationProvider provider;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    MyReminders myReminders;

    @Autowired
    AccountNames accountNames;

    @Autowired
    CoupleService couples;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    ActiveSessions activeSessions;

    @Autowired
    SessionRegistry sessionRegistry;

    private boolean policyBefore;

    @BeforeEach
    void fixTheClock() {
        clock.set(NOW);
        policyBefore = policy.requiredForStaff();
    }

    @AfterEach
    void signOutAndRestoreThePolicy() {
        TestAccounts.signOut();
        if (policy.requiredForStaff() != policyBefore) {
            policy.requireForStaff(policyBefore);
        }
    }

    /** Someone set up with an authenticator (its secret) and the recovery codes shown once. */
    private record Enrolled(String email, long accountId, byte[] secret, List<String> recoveryCodes) {}

    private String newPerson(Role role) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@test.dyad";
        testAccounts.ensure(email, "Two-step " + role, role);
        return email;
    }

    private UserAccount account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    /** Sets up two-step sign-in for a new person, confirmed with the code of now (which uses up the step of now). */
    private Enrolled enrolled(Role role) {
        String email = newPerson(role);
        testAccounts.signInAs(email, "Two-step " + role, role);
        byte[] secret = new Base32().decode(twoStep.startSetUp().secret());
        List<String> recoveryCodes = twoStep.confirmSetUp(AuthenticatorCodes.codeAt(secret, clock.instant()));
        TestAccounts.signOut();
        return new Enrolled(email, account(email).id(), secret, recoveryCodes);
    }

    /** The session right after a correct password, for someone who has a second step. */
    private void awaitingCode(String email) {
        SecurityContextHolder.getContext().setAuthentication(SignInTokens.awaitingSecondStep(account(email), false));
    }

    private String codeSteps(byte[] secret, long steps) {
        return AuthenticatorCodes.codeAt(secret, clock.instant().plus(AuthenticatorCodes.STEP.multipliedBy(steps)));
    }

    /** Six digits that are none of the codes accepted now. */
    private String wrongCode(byte[] secret) {
        Set<String> valid = Set.of(codeSteps(secret, -1), codeSteps(secret, 0), codeSteps(secret, 1));
        for (int n = 0; ; n++) {
            String candidate = String.format(Locale.ROOT, "%06d", n);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    private Authentication signInWithPassword(String email) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, TestAccounts.PASSWORD));
    }

    private static Authentication session() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private long auditRows(String email, String action, String outcome) {
        Long rows = jdbc.queryForObject(
                "select count(*) from audit_entry where actor_email = ? and action = ? and outcome = ?",
                Long.class,
                email,
                action,
                outcome);
        return rows == null ? 0 : rows;
    }

    private static boolean containsBytes(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    // setting up

    @Test
    void aCurrentCodeFinishesSettingUpAndShowsTenRecoveryCodes() {
        Enrolled counselor = enrolled(Role.COUNSELOR);

        assertThat(counselor.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        testAccounts.signInAs(counselor.email(), "Two-step", Role.COUNSELOR);
        TwoStepStatus status = twoStep.myStatus();
        assertThat(status.isOn()).isTrue();
        assertThat(status.onSince()).isEqualTo(NOW);
        assertThat(status.recoveryCodesLeft()).isEqualTo(10);
        assertThat(auditRows(counselor.email(), "TWO_STEP_SET_UP", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aWrongCodeSetsNothingUpAndSaysSoByTheCodeField() {
        String email = newPerson(Role.COUNSELOR);
        testAccounts.signInAs(email, "Two-step", Role.COUNSELOR);
        byte[] secret = new Base32().decode(twoStep.startSetUp().secret());

        assertThatThrownBy(() -> twoStep.confirmSetUp(wrongCode(secret)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys(TwoStepService.CODE_FIELD));
        // two steps late is too late too
        assertThatThrownBy(() -> twoStep.confirmSetUp(codeSteps(secret, -2))).isInstanceOf(InvalidInputException.class);

        TwoStepStatus status = twoStep.myStatus();
        assertThat(status.isOn()).isFalse();
        assertThat(status.recoveryCodesLeft()).isZero();
        assertThat(auditRows(email, "TWO_STEP_SET_UP", "FAILURE")).isEqualTo(2);
        // not set up, so the password alone still signs in
        TestAccounts.signOut();
        assertThat(signInWithPassword(email).getPrincipal()).isInstanceOf(SignedInUser.class);
    }

    @Test
    void settingUpEndsOnesOtherSessionsAndSaysSoByMail() {
        String email = newPerson(Role.COUNSELOR);
        SignedInUser counselor = testAccounts.signInAs(email, "Two-step", Role.COUNSELOR);
        MockHttpSession here = new MockHttpSession();
        MockHttpSession elsewhere = new MockHttpSession();
        for (MockHttpSession session : List.of(here, elsewhere)) {
            activeSessions.sessionCreated(new HttpSessionEvent(session));
            sessionRegistry.registerNewSession(session.getId(), counselor);
        }
        byte[] secret = new Base32().decode(twoStep.startSetUp().secret());
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            twoStep.confirmSetUp(AuthenticatorCodes.codeAt(secret, clock.instant()));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(elsewhere.isInvalid())
                .as("a session opened before, perhaps someone else's")
                .isTrue();
        assertThat(here.isInvalid()).as("the session that set it up").isFalse();
        assertThat(jdbc.queryForList(
                        "select kind from outbox_mail where account_id = ?", String.class, counselor.accountId()))
                .contains("two-step-set-up");
    }

    @Test
    void settingUpAgainOnceSetUpIsRefused() {
        Enrolled counselor = enrolled(Role.COUNSELOR);
        testAccounts.signInAs(counselor.email(), "Two-step", Role.COUNSELOR);

        assertThatThrownBy(() -> twoStep.startSetUp()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> twoStep.confirmSetUp(codeSteps(counselor.secret(), 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(twoStep.myStatus().recoveryCodesLeft()).isEqualTo(10);
    }

    // the sealed secret

    @Test
    void theSecretColumnHoldsNoPlainSecret() {
        String email = newPerson(Role.COUNSELOR);
        testAccounts.signInAs(email, "Two-step", Role.COUNSELOR);
        String base32 = twoStep.startSetUp().secret();
        byte[] secret = new Base32().decode(base32);

        byte[] stored = jdbc.queryForObject(
                "select secret_sealed from second_factor where user_id = ?",
                byte[].class,
                account(email).id());

        assertThat(secret).hasSize(AuthenticatorCodes.SECRET_BYTES);
        assertThat(stored).hasSizeGreaterThan(secret.length);
        assertThat(containsBytes(stored, secret))
                .as("raw secret bytes in the column")
                .isFalse();
        assertThat(containsBytes(stored, base32.getBytes(StandardCharsets.US_ASCII)))
                .as("Base32 text in the column")
                .isFalse();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(base32);
        assertThat(HexFormat.of().formatHex(stored))
                .doesNotContain(HexFormat.of().formatHex(secret));
    }

    @Test
    void recoveryCodesAreKeptAsKeyedHashesThatACopyOfTheDatabaseAloneCannotSearch() throws Exception {
        Enrolled counselor = enrolled(Role.COUNSELOR);
        List<String> stored = jdbc.queryForList(
                "select code_hash from recovery_code where user_id = ?",
                String.class,
                account(counselor.email()).id());

        assertThat(stored).hasSize(10);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String code : counselor.recoveryCodes()) {
            String unkeyed = HexFormat.of()
                    .formatHex(sha256.digest(RecoveryCodes.normalise(code).getBytes(StandardCharsets.UTF_8)));
            assertThat(stored)
                    .as("a hash anyone can compute from a guess, without DYAD_SECRET_KEY")
                    .doesNotContain(unkeyed);
            assertThat(stored).noneSatisfy(hash -> assertThat(hash).contains(RecoveryCodes.normalise(code)));
        }
    }

    @Test
    void aSealedSecretCopiedOntoAnotherPersonsRowDoesNotOpen() {
        Enrolled victim = enrolled(Role.COUNSELOR);
        Enrolled intruder = enrolled(Role.COUNSELOR);
        byte[] victimsSealed = jdbc.queryForObject(
                "select secret_sealed from second_factor where user_id = ?", byte[].class, victim.accountId());
        jdbc.update(
                "update second_factor set secret_sealed = ? where user_id = ?", victimsSealed, intruder.accountId());
        clock.advance(AuthenticatorCodes.STEP);

        for (byte[] secret : List.of(victim.secret(), intruder.secret())) {
            awaitingCode(intruder.email());
            String code = codeSteps(secret, 0);
            // the cipher refuses loudly (a changed key looks the same), or the code is refused: never signed in
            Throwable thrown = catchThrowable(
                    () -> assertThat(twoStep.signInWithCode(code)).isEqualTo(SecondStepOutcome.REFUSED));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(IllegalStateException.class);
            }
            assertThat(session().getPrincipal()).isInstanceOf(AwaitingSecondStep.class);
            assertThat(authorities(session())).doesNotContain(SignInTokens.AUTHENTICATOR_FACTOR);
        }
        // the victim's own row still opens
        awaitingCode(victim.email());
        assertThat(twoStep.signInWithCode(codeSteps(victim.secret(), 0))).isEqualTo(SecondStepOutcome.SIGNED_IN);
    }

    // the second step of signing in

    @Test
    void aCurrentCodeSignsInWithTheRoleAndBothFactors() {
        Enrolled counselor = enrolled(Role.COUNSELOR);
        clock.advance(AuthenticatorCodes.STEP);
        awaitingCode(counselor.email());

        assertThat(twoStep.signInWithCode(codeSteps(counselor.secret(), 0))).isEqualTo(SecondStepOutcome.SIGNED_IN);

        assertThat(session().getPrincipal())
                .isInstanceOfSatisfying(
                        SignedInUser.class, user -> assertThat(user.accountId()).isEqualTo(counselor.accountId()));
        assertThat(authorities(session()))
                .containsExactlyInAnyOrder(
                        "ROLE_COUNSELOR", FactorGrantedAuthority.PASSWORD_AUTHORITY, SignInTokens.AUTHENTICATOR_FACTOR)
                .contains("FACTOR_PASSWORD", "FACTOR_TOTP");
        assertThat(currentUser.find()).isPresent();
        assertThat(auditRows(counselor.email(), "TWO_STEP_SIGN_IN", "SUCCESS")).isEqualTo(1);
        assertThat(auditRows(counselor.email(), "SIGN_IN", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void eachTimeStepIsAcceptedOnceAndNeverAfterALaterOne() {
        Enrolled counselor = enrolled(Role.COUNSELOR); // the step of NOW is used by setting up
        clock.advance(AuthenticatorCodes.STEP);
        String current = codeSteps(counselor.secret(), 0);

        awaitingCode(counselor.email());
        assertThat(twoStep.signInWithCode(codeSteps(counselor.secret(), -1)))
                .as("the step used to set up")
                .isEqualTo(SecondStepOutcome.REFUSED);
        assertThat(twoStep.signInWithCode(current)).isEqualTo(SecondStepOutcome.SIGNED_IN);

        awaitingCode(counselor.email());
        assertThat(twoStep.signInWithCode(current)).as("the same code again").isEqualTo(SecondStepOutcome.REFUSED);
        assertThat(session().getPrincipal()).isInstanceOf(AwaitingSecondStep.class);
        assertThat(twoStep.signInWithCode(codeSteps(counselor.secret(), 2)))
                .as("two steps ahead")
                .isEqualTo(SecondStepOutcome.REFUSED);

        // two steps on, the previous step was never used and is later than the last one accepted: accepted once
        clock.advance(AuthenticatorCodes.STEP.multipliedBy(2));
        String previous = codeSteps(counselor.secret(), -1);
        assertThat(twoStep.signInWithCode(previous)).isEqualTo(SecondStepOutcome.SIGNED_IN);
        awaitingCode(counselor.email());
        assertThat(twoStep.signInWithCode(previous)).isEqualTo(SecondStepOutcome.REFUSED);
        assertThat(twoStep.signInWithCode(codeSteps(counselor.secret(), -2)))
                .as("two steps behind")
                .isEqualTo(SecondStepOutcome.REFUSED);

        // a later step after all that is fine, and then an earlier unused one is not
        assertThat(twoStep.signInWithCode(codeSteps(counselor.secret(), 1))).isEqualTo(SecondStepOutcome.SIGNED_IN);
        awaitingCode(counselor.email());
        assertThat(twoStep.signInWithCode(codeSteps(counselor.secret(), 0)))
                .as("a step before the last one accepted, never used")
                .isEqualTo(SecondStepOutcome.REFUSED);

        assertThat(auditRows(counselor.email(), "TWO_STEP_SIGN_IN", "SUCCESS")).isEqualTo(3);
        assertThat(auditRows(counselor.email(), "TWO_STEP_SIGN_IN", "FAILURE")).isEqualTo(6);
    }

    @Test
    void aRecoveryCodeWorksOnceHoweverItIsTyped() {
        Enrolled client = enrolled(Role.CLIENT);
        String first = client.recoveryCodes().get(0);
        String second = client.recoveryCodes().get(1);

        awaitingCode(client.email());
        assertThat(twoStep.signInWithCode(first)).isEqualTo(SecondStepOutcome.SIGNED_IN);
        assertThat(authorities(session())).contains("ROLE_CLIENT", SignInTokens.AUTHENTICATOR_FACTOR);

        awaitingCode(client.email());
        assertThat(twoStep.signInWithCode(first)).isEqualTo(SecondStepOutcome.REFUSED);
        assertThat(twoStep.signInWithCode(first.toUpperCase(Locale.ROOT))).isEqualTo(SecondStepOutcome.REFUSED);
        assertThat(twoStep.signInWithCode(" " + second.toUpperCase(Locale.ROOT).replace("-", " ") + " "))
                .isEqualTo(SecondStepOutcome.SIGNED_IN);
        assertThat(twoStep.myStatus().recoveryCodesLeft()).isEqualTo(8);

        // another person's recovery code is nobody else's
        Enrolled other = enrolled(Role.CLIENT);
        awaitingCode(other.email());
        assertThat(twoStep.signInWithCode(client.recoveryCodes().get(2))).isEqualTo(SecondStepOutcome.REFUSED);

        assertThat(auditRows(client.email(), "RECOVERY_CODE_USED", "SUCCESS")).isEqualTo(2);
        assertThat(auditRows(client.email(), "TWO_STEP_SIGN_IN", "FAILURE")).isEqualTo(2);
        List<String> details = jdbc.queryForList(
                "select detail from audit_entry where actor_email = ? and detail is not null",
                String.class,
                client.email());
        assertThat(details)
                .isNotEmpty()
                .allSatisfy(detail -> assertThat(detail)
                        .doesNotContain(RecoveryCodes.normalise(first))
                        .doesNotContain(first)
                        .doesNotContain(second));
    }

    @Test
    void codesCannotBeTypedWithoutAPasswordFirst() {
        Enrolled counselor = enrolled(Role.COUNSELOR);

        assertThatThrownBy(() -> twoStep.signInWithCode(codeSteps(counselor.secret(), 1)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        testAccounts.signInAs(counselor.email(), "Two-step", Role.COUNSELOR);
        assertThatThrownBy(() -> twoStep.signInWithCode(codeSteps(counselor.secret(), 1)))
                .as("someone signed in has no code to type")
                .isInstanceOf(AccessDeniedException.class);
    }

    // the lockout

    @Test
    void wrongCodesLockTheAccountAndAPasswordInBetweenDoesNotForgiveThem() {
        Enrolled counselor = enrolled(Role.COUNSELOR);
        String wrong = wrongCode(counselor.secret());

        awaitingCode(counselor.email());
        for (int i = 1; i < LockoutPolicy.MAX_FAILURES; i++) {
            assertThat(twoStep.signInWithCode(wrong)).as("wrong code %d", i).isEqualTo(SecondStepOutcome.REFUSED);
        }
        // the password again, right: the session waits for a code, and the nine wrong ones still count
        Authentication again = signInWithPassword(counselor.email());
        assertThat(again.getPrincipal()).isInstanceOf(AwaitingSecondStep.class);
        SecurityContextHolder.getContext().setAuthentication(again);

        assertThat(twoStep.signInWithCode(wrong)).isEqualTo(SecondStepOutcome.LOCKED);
        assertThat(session()).isNull();
        assertThat(account(counselor.email()).maySignInAt(clock.instant())).isFalse();

        // locked: neither the password nor a right code gets through
        assertThatThrownBy(() -> signInWithPassword(counselor.email())).isInstanceOf(BadCredentialsException.class);
        awaitingCode(counselor.email());
        assertThat(twoStep.signInWithCode(codeSteps(counselor.secret(), 1))).isEqualTo(SecondStepOutcome.LOCKED);
        assertThat(session()).isNull();
    }

    @Test
    void tenWrongCodesLockTheAccount() {
        Enrolled client = enrolled(Role.CLIENT);
        String wrong = wrongCode(client.secret());

        List<SecondStepOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < LockoutPolicy.MAX_FAILURES; i++) {
            awaitingCode(client.email());
            outcomes.add(twoStep.signInWithCode(wrong));
        }

        assertThat(outcomes.subList(0, LockoutPolicy.MAX_FAILURES - 1)).containsOnly(SecondStepOutcome.REFUSED);
        assertThat(outcomes.getLast()).isEqualTo(SecondStepOutcome.LOCKED);
        assertThat(session()).isNull();
        assertThat(auditRows(client.email(), "TWO_STEP_SIGN_IN", "FAILURE")).isEqualTo(LockoutPolicy.MAX_FAILURES);
        assertThat(jdbc.queryForList(
                        "select kind from outbox_mail where account_id = ?", String.class, client.accountId()))
                .as("whoever typed the codes knew the password: the person is told")
                .containsOnlyOnce("two-step-locked");

        awaitingCode(client.email());
        assertThat(twoStep.signInWithCode(AuthenticatorCodes.codeAt(client.secret(), clock.instant())))
                .as("even the right code, while locked")
                .isEqualTo(SecondStepOutcome.LOCKED);
        assertThat(auditRows(client.email(), "TWO_STEP_SIGN_IN", "FAILURE"))
                .as("a code tried while locked is audited too")
                .isEqualTo(LockoutPolicy.MAX_FAILURES + 1);
    }

    @Test
    void aVeryLongCodeIsAWrongCodeAndNothingMore() {
        Enrolled counselor = enrolled(Role.COUNSELOR);
        awaitingCode(counselor.email());

        assertThat(twoStep.signInWithCode("7".repeat(100_000))).isEqualTo(SecondStepOutcome.REFUSED);
        assertThat(auditRows(counselor.email(), "TWO_STEP_SIGN_IN", "FAILURE")).isEqualTo(1);
    }

    // what the password alone grants

    @Test
    void withASecondStepTheRightPasswordGrantsOnlyThePasswordFactor() {
        Enrolled counselor = enrolled(Role.COUNSELOR);

        Authentication afterPassword = signInWithPassword(counselor.email());

        assertThat(afterPassword.getPrincipal())
                .isInstanceOfSatisfying(
                        AwaitingSecondStep.class,
                        awaiting -> assertThat(awaiting.mustSetUp()).isFalse());
        assertThat(authorities(afterPassword)).containsExactly(FactorGrantedAuthority.PASSWORD_AUTHORITY);
        assertThat(SignInTokens.hasRole(afterPassword)).isFalse();
    }

    @Test
    void withoutASecondStepAndNoRuleThePasswordSignsIn() {
        policy.requireForStaff(false);
        String counselor = newPerson(Role.COUNSELOR);

        Authentication afterPassword = signInWithPassword(counselor);

        assertThat(afterPassword.getPrincipal()).isInstanceOf(SignedInUser.class);
        assertThat(authorities(afterPassword))
                .containsExactlyInAnyOrder("ROLE_COUNSELOR", FactorGrantedAuthority.PASSWORD_AUTHORITY);
    }

    @Test
    void theClinicsRuleSendsStaffWithoutASecondStepToSetItUpButNotClients() {
        policy.requireForStaff(true);
        String counselor = newPerson(Role.COUNSELOR);
        String admin = newPerson(Role.ADMIN);
        String client = newPerson(Role.CLIENT);

        for (String staff : List.of(counselor, admin)) {
            Authentication afterPassword = signInWithPassword(staff);
            assertThat(afterPassword.getPrincipal())
                    .isInstanceOfSatisfying(
                            AwaitingSecondStep.class,
                            awaiting -> assertThat(awaiting.mustSetUp()).isTrue());
            assertThat(authorities(afterPassword)).containsExactly(FactorGrantedAuthority.PASSWORD_AUTHORITY);
        }
        Authentication clientAfterPassword = signInWithPassword(client);
        assertThat(clientAfterPassword.getPrincipal()).isInstanceOf(SignedInUser.class);
        assertThat(authorities(clientAfterPassword)).contains("ROLE_CLIENT");
    }

    @Test
    void staffMadeToSetUpAreSignedInBySettingUp() {
        policy.requireForStaff(true);
        String counselor = newPerson(Role.COUNSELOR);
        SecurityContextHolder.getContext().setAuthentication(signInWithPassword(counselor));

        assertThatThrownBy(() -> twoStep.signInWithCode("123456"))
                .as("nothing to type a code for yet")
                .isInstanceOf(AccessDeniedException.class);
        byte[] secret = new Base32().decode(twoStep.startSetUp().secret());
        assertThat(session().getPrincipal()).isInstanceOf(AwaitingSecondStep.class);
        assertThat(twoStep.confirmSetUp(AuthenticatorCodes.codeAt(secret, clock.instant())))
                .hasSize(10);

        assertThat(session().getPrincipal()).isInstanceOf(SignedInUser.class);
        assertThat(authorities(session()))
                .containsExactlyInAnyOrder(
                        "ROLE_COUNSELOR", FactorGrantedAuthority.PASSWORD_AUTHORITY, SignInTokens.AUTHENTICATOR_FACTOR);
    }

    // nothing is reachable between the steps

    @Test
    void betweenTheStepsNoServiceAnswers() {
        String counselor = enrolled(Role.COUNSELOR).email();
        String admin = enrolled(Role.ADMIN).email();
        long counselorId = account(counselor).id();

        awaitingCode(counselor);
        List<ThrowingCallable> calls = List.of(
                () -> myAccount.confirmOwnPassword(TestAccounts.PASSWORD, "password"),
                () -> myReminders.choices(),
                () -> accountNames.of(List.of(counselorId)),
                () -> couples.findCaseload(new CaseloadFilter("", null), PageRequest.of(0, 10)),
                () -> couples.countCaseload(new CaseloadFilter("", null)),
                () -> twoStep.myStatus(),
                () -> twoStep.startSetUp(),
                () -> twoStep.confirmSetUp("123456"),
                () -> currentUser.require());
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        }
        assertThat(currentUser.find()).isEmpty();

        awaitingCode(admin);
        List<ThrowingCallable> adminCalls = List.of(
                () -> accountAdmin.findAccounts("", PageRequest.of(0, 10)),
                () -> accountAdmin.findAccount(counselorId),
                () -> accountAdmin.twoStepRequiredForStaff(),
                () -> accountAdmin.resetTwoStep(counselorId, "phone lost"),
                () -> accountAdmin.requireTwoStepForStaff(false));
        for (ThrowingCallable call : adminCalls) {
            assertThatThrownBy(call)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        }
        // the counselor's second step is still there
        assertThat(jdbc.queryForObject(
                        "select count(*) from second_factor where user_id = ? and confirmed_at is not null",
                        Long.class,
                        counselorId))
                .isEqualTo(1);
    }

    @Test
    void aServiceRefusedBetweenTheStepsIsAudited() {
        String counselor = enrolled(Role.COUNSELOR).email();
        String refusals = "select count(*) from audit_entry where action = 'SERVICE_CALL' and outcome = 'DENIED'"
                + " and detail = ?";
        Long before = jdbc.queryForObject(refusals, Long.class, "CoupleService.countCaseload");

        awaitingCode(counselor);
        assertThatThrownBy(() -> couples.countCaseload(new CaseloadFilter("", null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject(refusals, Long.class, "CoupleService.countCaseload"))
                .isEqualTo(before + 1);
    }
}
