package app.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestClock;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditReview;
import app.dyad.couples.CaseloadFilter;
import app.dyad.couples.CoupleService;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.MyHomework;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.WrittenNote;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The short run of the scale benchmark that {@code ./mvnw verify} makes: the generator writes a small clinic the
 * services read as they read their own rows (signed notes whose hash holds, homework with answers, audit rows), and
 * each measured interaction needs as many statements after a second clinic is added beside the first. No times.
 */
@BenchSpringTest
class ClinicScaleSmokeTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleService couples;

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    NoteService notes;

    @Autowired
    AuditReview auditReview;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theGeneratedClinicReadsLikeOneTheServicesWroteAndCostsTheSameStatementsWhenItGrows() throws SQLException {
        ClinicScale generator = new ClinicScale(dataSource);
        String hash = passwordEncoder.encode(TestAccounts.PASSWORD);
        ClinicScale.Generated small = generator.generate(0.0001, clock.instant(), hash);
        assertThat(small.rows())
                .containsEntry("couples", 100L)
                .containsEntry("signed notes", 1000L)
                .containsEntry("homework responses", 10_000L)
                .containsEntry("audit rows", 20_000L);

        readsLikeTheServicesOwnRows(small);
        ClinicBenchmark benchmark = new ClinicBenchmark(context);
        List<ClinicBenchmark.Result> before = benchmark.run(small, 1, 2);

        ClinicScale.Generated second = generator.generate(0.0002, clock.instant(), hash);
        assertThat(second.couples()).isEqualTo(100);
        assertThat(jdbc.queryForObject("select count(*) from couple", Long.class))
                .isEqualTo(200);
        List<ClinicBenchmark.Result> after = benchmark.run(small, 1, 2);
        System.out.println(ClinicBenchmark.table(after));

        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).statements())
                    .as(after.get(i).name())
                    .isEqualTo(before.get(i).statements())
                    .isEqualTo(String.valueOf(before.get(i).statementsMax()));
        }
    }

    private void readsLikeTheServicesOwnRows(ClinicScale.Generated clinic) {
        accounts.signInAs(clinic.counselorEmail(0), "", Role.COUNSELOR);
        assertThat(couples.countCaseload(new CaseloadFilter("", null))).isEqualTo(100);
        long coupleId = clinic.firstCoupleId();
        assertThat(couples.getCouple(coupleId).partnerOne().id()).isPositive();
        List<Long> sessions = jdbc.queryForList(
                "select id from counselling_session where couple_id = ? order by starts_at", Long.class, coupleId);
        assertThat(sessions).hasSize(ClinicScale.SESSIONS_PER_COUPLE);
        for (long session : sessions) {
            WrittenNote note = notes.open(session);
            assertThat(note.signature()).isNotNull();
            assertThat(note.signature().intact())
                    .as("note of session %d", session)
                    .isTrue();
        }
        List<HomeworkItem> tab = homework.homeworkOfCouple(coupleId, PageRequest.of(0, 50));
        assertThat(tab).hasSize(ClinicScale.ASSIGNMENTS_PER_COUPLE);
        assertThat(tab).allSatisfy(item -> assertThat(item.progress()).hasSize(2));

        accounts.signInAs(clinic.clientEmail(0, 1), "", Role.CLIENT);
        assertThat(myHomework.count()).isEqualTo(ClinicScale.ASSIGNMENTS_PER_COUPLE);
        assertThat(myHomework.page(PageRequest.of(0, 10))).hasSize(10);

        accounts.signInAs(clinic.adminEmail(), "", Role.ADMIN);
        AuditQuery ofTheCouple = new AuditQuery("", coupleId, null, null, null, null);
        assertThat(auditReview.count(ofTheCouple)).isPositive();
    }
}
