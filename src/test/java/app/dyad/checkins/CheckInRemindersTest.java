package app.dyad.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.exercises.Visibility;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.spi.Reminder;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A check-in reminder goes to each partner who has not answered, on the day the round opens, and says nothing more. */
@DyadSpringTest
class CheckInRemindersTest {

    @Autowired
    CheckInReminders reminders;

    @Autowired
    CounselorCheckIns counselor;

    @Autowired
    MyCheckIns mine;

    @Autowired
    Instruments instruments;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<Reminder> remindersOf(CheckInClinic clinic, LocalDate day) {
        List<Long> accounts = jdbc.queryForList(
                "select account_id from partner where couple_id = ? and account_id is not null",
                Long.class,
                clinic.coupleId);
        return reminders.dueOn(day, calendar.startOf(day)).stream()
                .filter(r -> accounts.contains(r.accountId()))
                .toList();
    }

    @Test
    void onTheDayARoundOpensEachPartnerWhoHasNotAnsweredIsReminded() {
        CheckInClinic clinic = new CheckInClinic(accounts, admins, couples);
        clinic.asCounselor();
        counselor.savePlan(clinic.coupleId, Cadence.EVERY_2_WEEKS, Visibility.COUNSELOR_ONLY, PlanView.NEW);
        LocalDate today = calendar.today();

        clinic.asAlex();
        MyCheckIn open = mine.open().orElseThrow();
        Map<Long, Integer> all = new HashMap<>();
        instruments.all().forEach(i -> i.items().forEach(item -> all.put(item.id(), item.min())));
        mine.submit(open.roundOn(), all, open.version(), open.visibility());
        TestAccounts.signOut();

        List<Reminder> due = remindersOf(clinic, today);
        assertThat(due).hasSize(1).allSatisfy(r -> {
            assertThat(r.kind().code()).isEqualTo("checkin-due");
            assertThat(r.path()).isEqualTo("my/check-in");
            assertThat(r.arguments()).isEmpty();
        });
        assertThat(remindersOf(clinic, today.plusDays(1))).as("not every day").isEmpty();
        assertThat(remindersOf(clinic, today.plusDays(14)))
                .as("the next round, both")
                .hasSize(2);
    }

    @Test
    void aPausedPlanOrAClosedCaseSendsNothing() {
        CheckInClinic clinic = new CheckInClinic(accounts, admins, couples);
        clinic.asCounselor();
        PlanView plan =
                counselor.savePlan(clinic.coupleId, Cadence.EVERY_WEEK, Visibility.COUNSELOR_ONLY, PlanView.NEW);
        TestAccounts.signOut();
        assertThat(remindersOf(clinic, calendar.today())).hasSize(2);
        jdbc.update("update couple set status = 'CLOSED' where id = ?", clinic.coupleId);
        assertThat(remindersOf(clinic, calendar.today())).isEmpty();
        jdbc.update("update couple set status = 'ACTIVE' where id = ?", clinic.coupleId);
        clinic.asCounselor();
        counselor.savePlan(clinic.coupleId, Cadence.PAUSED, Visibility.COUNSELOR_ONLY, plan.version());
        TestAccounts.signOut();
        assertThat(remindersOf(clinic, calendar.today())).isEmpty();
    }

    @Test
    void theRunAsksTheSameFewQueriesHoweverManyCouplesCheckInToday() {
        for (int i = 0; i < 5; i++) {
            CheckInClinic clinic = new CheckInClinic(accounts, admins, couples);
            clinic.asCounselor();
            counselor.savePlan(
                    clinic.coupleId,
                    i % 2 == 0 ? Cadence.EVERY_WEEK : Cadence.BEFORE_EACH_SESSION,
                    Visibility.COUNSELOR_ONLY,
                    PlanView.NEW);
        }
        TestAccounts.signOut();
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        assertThat(reminders.dueOn(calendar.today(), calendar.now())).hasSizeGreaterThanOrEqualTo(6);
        // running plans, next sessions (for the plans before each session), partners yet to answer
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
    }
}
