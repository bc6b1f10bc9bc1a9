package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 13, the clinic's rule: off in the demo and the tests until an admin sets it; only an admin sets it, and each
 * change is audited. Every test leaves the rule off, as the other tests expect it.
 */
@DyadSpringTest
class StaffTwoStepRuleTest {

    private static final String TURNED_ON = "%: clinic rule: two-step sign-in required for staff";

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void ruleOffAgain() {
        asAdmin();
        accountAdmin.requireTwoStepForStaff(false);
        TestAccounts.signOut();
    }

    @Test
    void theRuleIsOffInTheTestsUntilAnAdminTurnsItOnWhichIsAudited() {
        SignedInUser admin = asAdmin();
        assertThat(accountAdmin.twoStepRequiredForStaff()).isFalse();
        long before = turnedOnRowsBy(admin.email());

        accountAdmin.requireTwoStepForStaff(true);

        assertThat(accountAdmin.twoStepRequiredForStaff()).isTrue();
        assertThat(turnedOnRowsBy(admin.email())).isEqualTo(before + 1);
    }

    @Test
    void aCounselorCanNeitherSetNorReadTheRule() {
        testAccounts.signInAs("counselor@test.dyad", "Test counselor", Role.COUNSELOR);

        assertThatThrownBy(() -> accountAdmin.requireTwoStepForStaff(true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountAdmin.twoStepRequiredForStaff()).isInstanceOf(AccessDeniedException.class);

        asAdmin();
        assertThat(accountAdmin.twoStepRequiredForStaff()).isFalse();
    }

    @Test
    void aClientCannotSetTheRule() {
        testAccounts.signInAs("client@test.dyad", "Test client", Role.CLIENT);

        assertThatThrownBy(() -> accountAdmin.requireTwoStepForStaff(true)).isInstanceOf(AccessDeniedException.class);

        asAdmin();
        assertThat(accountAdmin.twoStepRequiredForStaff()).isFalse();
    }

    private SignedInUser asAdmin() {
        return testAccounts.signInAs("admin@test.dyad", "Test admin", Role.ADMIN);
    }

    private long turnedOnRowsBy(String adminEmail) {
        Long rows = jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'ACCOUNT_CHANGED' and actor_email = ? and detail like ?",
                Long.class,
                adminEmail,
                TURNED_ON);
        return rows == null ? 0 : rows;
    }
}
