package app.dyad.couples;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The caseload's first page costs the same few queries for 20 couples and for 2,000: no N+1. */
@DyadSpringTest
class CaseloadQueryCountTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleService couples;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theFirstCaseloadPageNeedsTheSameSmallNumberOfQueriesFor20And2000Couples() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser small = accounts.ensure("small-" + tag + "@test.dyad", "Small caseload", Role.COUNSELOR);
        SignedInUser large = accounts.ensure("large-" + tag + "@test.dyad", "Large caseload", Role.COUNSELOR);
        insertCouples(small.accountId(), 20, tag);
        insertCouples(large.accountId(), 2000, tag);

        long smallQueries = firstPageQueries(small, 20);
        long largeQueries = firstPageQueries(large, 2000);
        System.out.printf(
                "Caseload first page: %d statements for 20 couples, %d for 2000%n", smallQueries, largeQueries);

        // the page, its count, the open/overdue homework, the next session and the private-message flag of the couples
        // on the page
        assertThat(smallQueries).isEqualTo(largeQueries).isLessThanOrEqualTo(5);
    }

    private long firstPageQueries(SignedInUser counselor, int expectedTotal) {
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();

        CaseloadFilter everything = new CaseloadFilter("", null);
        List<CaseloadRow> page = couples.findCaseload(everything, PageRequest.of(0, 50, Sort.by("caseName")));
        long total = couples.countCaseload(everything);

        assertThat(page).hasSize(Math.min(50, expectedTotal));
        assertThat(page).allSatisfy(row -> assertThat(row.partnerOne()).isNotBlank());
        assertThat(page).allSatisfy(row -> assertThat(row.nextSession()).isNotNull());
        assertThat(total).isEqualTo(expectedTotal);
        return statistics.getPrepareStatementCount();
    }

    private void insertCouples(long counselorId, int count, String tag) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            String caseName = "Case " + tag + " " + i;
            jdbc.update("""
                    insert into couple (version, case_name, status, started_on, counselor_id, created_at)
                    values (0, ?, 'ACTIVE', ?, ?, ?)""", caseName, Date.valueOf(LocalDate.of(2025, 1, 1).plusDays(i % 300)), counselorId, now);
        }
        jdbc.update("""
                insert into partner (version, couple_id, position, first_name, last_name)
                select 0, c.id, p.position, concat('Partner', p.position), concat('Family', c.id)
                from couple c cross join (select 1 as position union all select 2) p
                where c.counselor_id = ?""", counselorId);
        // two coming sessions per couple, so the next-session query has rows to find
        for (int days : new int[] {3, 10}) {
            jdbc.update(
                    """
                    insert into counselling_session (version, couple_id, starts_at, ends_at, format, status, scheduled_by,
                        created_at)
                    select 0, c.id, ?, ?, 'IN_PERSON', 'SCHEDULED', c.counselor_id, ?
                    from couple c where c.counselor_id = ?""",
                    Timestamp.from(Instant.now().plus(Duration.ofDays(days))),
                    Timestamp.from(Instant.now().plus(Duration.ofDays(days)).plus(Duration.ofMinutes(50))),
                    now,
                    counselorId);
        }
    }
}
