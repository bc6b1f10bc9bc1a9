package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.base.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 15, part 3: the admin flags supervisors and names whose co-signature a counselor's notes need. Only an active
 * counselor flagged supervisor can be named, nobody supervises themself, and every change is audited.
 */
@DyadSpringTest
class SupervisionTest {

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private SignedInUser counselor(String name) {
        return accounts.ensure(name + "-" + tag + "@test.dyad", name + " " + tag, Role.COUNSELOR);
    }

    private SignedInUser admin() {
        return accounts.signInAs("admin-" + tag + "@test.dyad", "Admin " + tag, Role.ADMIN);
    }

    private String refusalKey(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException refused) {
            return refused.fieldErrors().values().iterator().next().key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anAdminNamesAFlaggedSupervisorAndTheChangeIsAudited() {
        SignedInUser maya = counselor("maya");
        SignedInUser jon = counselor("jon");
        admin();

        accountAdmin.setSupervision(maya.accountId(), true, null);
        accountAdmin.setSupervision(jon.accountId(), false, maya.accountId());

        assertThat(accountAdmin.supervisors()).extracting(AccountSummary::id).contains(maya.accountId());
        assertThat(accountAdmin.findAccount(jon.accountId()).orElseThrow().supervisorId())
                .isEqualTo(maya.accountId());
        assertThat(accountAdmin.findAccount(maya.accountId()).orElseThrow().supervisor())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'ACCOUNT_CHANGED' and detail like ?",
                        Long.class,
                        jon.email() + ": supervision:%co-signature by " + maya.displayName() + "%"))
                .isEqualTo(1);
    }

    @Test
    void onlyAnActiveCounselorFlaggedSupervisorCanBeNamedAndNobodySupervisesThemself() {
        SignedInUser maya = counselor("maya");
        SignedInUser jon = counselor("jon");
        SignedInUser client = accounts.ensure("client-" + tag + "@test.dyad", "Client " + tag, Role.CLIENT);
        SignedInUser otherAdmin = accounts.ensure("admin2-" + tag + "@test.dyad", "Admin2 " + tag, Role.ADMIN);
        admin();

        assertThat(refusalKey(() -> accountAdmin.setSupervision(jon.accountId(), false, maya.accountId())))
                .as("maya is not flagged supervisor")
                .isEqualTo("supervision.not-a-supervisor");
        accountAdmin.setSupervision(maya.accountId(), true, null);
        assertThat(refusalKey(() -> accountAdmin.setSupervision(maya.accountId(), true, maya.accountId())))
                .isEqualTo("supervision.not-yourself");
        assertThat(refusalKey(() -> accountAdmin.setSupervision(client.accountId(), false, maya.accountId())))
                .isEqualTo("supervision.counselors-only");
        assertThat(refusalKey(() -> accountAdmin.setSupervision(otherAdmin.accountId(), true, null)))
                .isEqualTo("supervision.counselors-only");
        assertThat(refusalKey(() -> accountAdmin.setSupervision(jon.accountId(), false, client.accountId())))
                .isEqualTo("supervision.not-a-supervisor");

        accountAdmin.deactivate(maya.accountId());
        assertThat(refusalKey(() -> accountAdmin.setSupervision(jon.accountId(), false, maya.accountId())))
                .as("a deactivated supervisor")
                .isEqualTo("supervision.not-a-supervisor");
        assertThat(accountAdmin.supervisors()).extracting(AccountSummary::id).doesNotContain(maya.accountId());
        assertThat(accountAdmin.findAccount(jon.accountId()).orElseThrow().supervisorId())
                .isNull();
    }

    @Test
    void aSupervisorWhoStillHasSuperviseesKeepsTheFlag() {
        SignedInUser maya = counselor("maya");
        SignedInUser jon = counselor("jon");
        admin();
        accountAdmin.setSupervision(maya.accountId(), true, null);
        accountAdmin.setSupervision(jon.accountId(), false, maya.accountId());

        assertThat(refusalKey(() -> accountAdmin.setSupervision(maya.accountId(), false, null)))
                .isEqualTo("supervision.still-supervises");
        accountAdmin.setSupervision(jon.accountId(), false, null);
        accountAdmin.setSupervision(maya.accountId(), false, null);
        assertThat(accountAdmin.findAccount(maya.accountId()).orElseThrow().supervisor())
                .isFalse();
    }

    @Test
    void onlyAnAdminSetsSupervision() {
        SignedInUser maya = counselor("maya");
        SignedInUser jon = counselor("jon");
        accounts.signInAs(jon.email(), "", Role.COUNSELOR);

        assertThatThrownBy(() -> accountAdmin.setSupervision(jon.accountId(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountAdmin.setSupervision(jon.accountId(), false, maya.accountId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
