package app.dyad.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A client's homework and a couple's homework tab cost the same few queries for 10 and for 200 or 500 assignments. */
@DyadSpringTest
class HomeworkQueryCountTest {

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    record Case(SignedInUser counselor, SignedInUser client, long coupleId, long partnerId) {}

    private Case caseWith(int assignments) {
        return caseWith(assignments, false);
    }

    /** A case whose assignments use one exercise, or (varied) cycle through an exercise of every strategy. */
    private Case caseWith(int assignments, boolean varied) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser counselor = accounts.ensure("qc-" + tag + "@test.dyad", "Counselor", Role.COUNSELOR);
        SignedInUser client = accounts.ensure("qp-" + tag + "@test.dyad", "Client", Role.CLIENT);
        accounts.signInAs("qa-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        long coupleId = admins.createCouple(new NewCouple(
                        new PartnerDetails("Q", tag, null, null, client.email(), null, null),
                        new PartnerDetails("R", tag, null, null, null, null, null),
                        null,
                        LocalDate.of(2026, 1, 1),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()))
                .coupleId();
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        long partnerId = couples.getCouple(coupleId).partnerOne().id();
        long exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 1))
                .getFirst()
                .id();
        List<Long> exerciseIds = varied
                ? jdbc.queryForList(
                        "select min(id) from exercise where origin = 'LIBRARY' group by strategy_id", Long.class)
                : List.of(exerciseId);
        for (int i = 0; i < assignments; i++) {
            jdbc.update(
                    """
                    insert into assignment (version, couple_id, exercise_id, audience, due_on, visibility, status,
                                            series_key, created_by, created_at)
                    values (0, ?, ?, 'BOTH_SEPARATELY', ?, 'SHARED', 'ACTIVE', ?, ?, utc_timestamp(6))""",
                    coupleId,
                    exerciseIds.get(i % exerciseIds.size()),
                    Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(i)),
                    tag,
                    counselor.accountId());
        }
        jdbc.update("""
                insert into response (version, assignment_id, partner_id, state, answers, saved_at, submitted_at)
                select 0, a.id, ?, 'SUBMITTED', '{}', utc_timestamp(6), utc_timestamp(6) from assignment a
                where a.couple_id = ?""", partnerId, coupleId);
        return new Case(counselor, client, coupleId, partnerId);
    }

    private long statements(Supplier<Integer> read, int expected) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        assertThat(read.get()).isEqualTo(expected);
        return statistics.getPrepareStatementCount();
    }

    /** What the screens load first: one page of 50 and the total. */
    private int firstPageOfMine() {
        int size = myHomework.page(PageRequest.of(0, 50)).size();
        assertThat(myHomework.count()).isGreaterThanOrEqualTo(size);
        return size;
    }

    private int firstPageOfCouple(long coupleId) {
        int size = homework.homeworkOfCouple(coupleId, PageRequest.of(0, 50)).size();
        assertThat(homework.countHomeworkOfCouple(coupleId)).isGreaterThanOrEqualTo(size);
        return size;
    }

    @Test
    void aClientsHomeworkCostsTheSameFewQueriesFor10And200Assignments() {
        Case small = caseWith(10);
        Case large = caseWith(200);
        accounts.signInAs(small.client().email(), "", Role.CLIENT);
        long few = statements(() -> firstPageOfMine(), 10);
        accounts.signInAs(large.client().email(), "", Role.CLIENT);
        long many = statements(() -> firstPageOfMine(), 50);
        System.out.printf("Client homework: %d statements for 10 assignments, %d for 200%n", few, many);
        assertThat(few).isEqualTo(many).isLessThanOrEqualTo(10);
    }

    @Test
    void aCouplesHomeworkTabCostsTheSameFewQueriesFor10And500Assignments() {
        Case small = caseWith(10);
        Case large = caseWith(500);
        accounts.signInAs(small.counselor().email(), "", Role.COUNSELOR);
        long few = statements(() -> firstPageOfCouple(small.coupleId()), 10);
        accounts.signInAs(large.counselor().email(), "", Role.COUNSELOR);
        long many = statements(() -> firstPageOfCouple(large.coupleId()), 50);
        System.out.printf("Homework tab: %d statements for 10 assignments, %d for 500%n", few, many);
        assertThat(few).isEqualTo(many).isLessThanOrEqualTo(12);
    }

    @Test
    void aCouplesHomeworkTabCostsTheSameWhetherItsExercisesComeFromOneStrategyOrFromEvery() {
        Case oneExercise = caseWith(50, false);
        Case everyStrategy = caseWith(50, true);
        accounts.signInAs(oneExercise.counselor().email(), "", Role.COUNSELOR);
        long one = statements(() -> firstPageOfCouple(oneExercise.coupleId()), 50);
        accounts.signInAs(everyStrategy.counselor().email(), "", Role.COUNSELOR);
        long every = statements(() -> firstPageOfCouple(everyStrategy.coupleId()), 50);
        accounts.signInAs(everyStrategy.client().email(), "", Role.CLIENT);
        long clients = statements(() -> firstPageOfMine(), 50);
        accounts.signInAs(oneExercise.client().email(), "", Role.CLIENT);
        long clientsOfOne = statements(() -> firstPageOfMine(), 50);
        System.out.printf(
                "Homework tab: %d statements with one exercise, %d with one of every strategy; client: %d and %d%n",
                one, every, clientsOfOne, clients);
        // each strategy's name was loaded on its own (lazy) while the items were built: one more query per strategy
        assertThat(every).isEqualTo(one);
        assertThat(clients).isEqualTo(clientsOfOne);
    }
}
