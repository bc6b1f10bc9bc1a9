package app.dyad.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.base.ClinicCalendar;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.NewAccount;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

@DyadSpringTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditReview review;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    TestClock clock;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void noCodePathCanUpdateOrDeleteAuditRows() {
        assertThat(AuditEntry.class).hasAnnotation(Immutable.class);
        assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName))
                .containsOnly("save", "search", "count");
    }

    @Test
    void signInSuccessAndFailureAreRecordedWithTheAccountsEmailOrAHashOfTheTypedText() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "audited-" + tag + "@test.dyad";
        accounts.ensure(email, "Audited", Role.CLIENT);
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, TestAccounts.PASSWORD));
        catchThrowable(
                () -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "nope")));
        catchThrowable(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("ghost-" + tag + "@test.dyad", "nope")));

        accounts.signInAs("auditor-" + tag + "@test.dyad", "Auditor", Role.ADMIN);
        assertThat(review.find(
                        new AuditQuery(email, null, AuditAction.SIGN_IN, null, null, null), PageRequest.of(0, 10)))
                .extracting(AuditRecord::outcome)
                .containsExactly(AuditOutcome.FAILURE, AuditOutcome.SUCCESS);
        assertThat(review.count(new AuditQuery(
                        unknownName("ghost-" + tag + "@test.dyad"),
                        null,
                        AuditAction.SIGN_IN,
                        AuditOutcome.FAILURE,
                        null,
                        null)))
                .isEqualTo(1);
        assertThat(review.count(new AuditQuery("ghost-" + tag, null, null, null, null, null)))
                .isZero();
    }

    @Test
    void aTypedNameThatIsNoAccountIsNeverStoredAsTyped() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "typist-" + tag + "@test.dyad";
        accounts.ensure(email, "Typist", Role.CLIENT);
        // people type their password into the email field
        String passwordLike = "Hunter2!Secret-" + tag;
        catchThrowable(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(passwordLike, TestAccounts.PASSWORD)));
        catchThrowable(
                () -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "nope")));

        accounts.signInAs("reviewer-" + tag + "@test.dyad", "Reviewer", Role.ADMIN);
        AuditQuery signIns = new AuditQuery("", null, AuditAction.SIGN_IN, AuditOutcome.FAILURE, null, null);
        assertThat(review.find(signIns, PageRequest.of(0, 200))).isNotEmpty().allSatisfy(row -> {
            assertThat(String.valueOf(row.actorEmail())).doesNotContainIgnoringCase(passwordLike);
            assertThat(String.valueOf(row.detail())).doesNotContainIgnoringCase(passwordLike);
        });
        assertThat(review.count(new AuditQuery(passwordLike, null, null, null, null, null)))
                .isZero();
        assertThat(review.count(new AuditQuery(unknownName(passwordLike), null, AuditAction.SIGN_IN, null, null, null)))
                .isEqualTo(1);
        assertThat(review.count(new AuditQuery(email, null, AuditAction.SIGN_IN, AuditOutcome.FAILURE, null, null)))
                .isEqualTo(1);
    }

    /** The audit's name for a typed text that is no account: the first 12 hex digits of SHA-256 of it, lower-cased. */
    private static String unknownName(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(typed.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "unknown:" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void adminChangesToAccountsAreRecorded() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        accountAdmin.createAccount(new NewAccount("Newcomer", "newcomer-" + tag + "@test.dyad", Role.COUNSELOR));

        assertThat(review.find(
                        new AuditQuery(
                                "admin-" + tag, null, AuditAction.ACCOUNT_CHANGED, AuditOutcome.SUCCESS, null, null),
                        PageRequest.of(0, 10)))
                .extracting(AuditRecord::detail)
                .containsExactly("newcomer-" + tag + "@test.dyad: created as COUNSELOR");
    }

    @Test
    void aReadIsKeptWithItsTimeWhenTheReadersTransactionRollsBack() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        accounts.signInAs("reader-" + tag + "@test.dyad", "Reader", Role.COUNSELOR);
        transactions.executeWithoutResult(status -> {
            trail.recordRead(AuditAction.COUPLE_VIEWED, null, null);
            status.setRollbackOnly();
        });

        accounts.signInAs("checker-" + tag + "@test.dyad", "Checker", Role.ADMIN);
        assertThat(review.find(
                        new AuditQuery("reader-" + tag, null, AuditAction.COUPLE_VIEWED, null, null, null),
                        PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.occurredAt()).isEqualTo(clock.instant());
                    assertThat(row.actorRole()).isEqualTo("COUNSELOR");
                    assertThat(row.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                });
    }

    @Test
    void theDateFilterTakesAnyRangeWithBothEndsIncluded() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        accounts.signInAs("ranger-" + tag + "@test.dyad", "Ranger", Role.ADMIN);
        clock.advance(Duration.ofDays(-400));
        trail.recordRefusal(AuditAction.PAGE_OPENED, null, null, "long ago");
        clock.advance(Duration.ofDays(400));
        trail.recordRefusal(AuditAction.PAGE_OPENED, null, null, "today");

        LocalDate today = calendar.today();
        AuditQuery lastYearAndMore =
                new AuditQuery("ranger-" + tag, null, AuditAction.PAGE_OPENED, null, today.minusDays(500), today);
        assertThat(review.find(lastYearAndMore, PageRequest.of(0, 10)))
                .extracting(AuditRecord::detail)
                .containsExactly("today", "long ago");
        assertThat(review.count(new AuditQuery("ranger-" + tag, null, null, null, today, today)))
                .isEqualTo(1);
    }
}
