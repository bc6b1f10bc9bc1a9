package app.dyad.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ClinicCalendar;
import app.dyad.checkins.Cadence;
import app.dyad.checkins.CounselorCheckIns;
import app.dyad.checkins.PlanView;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.Visibility;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.spi.ReminderSource;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteService;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each source finds a day's reminders with a fixed number of statements, however many couples have some. */
@DyadSpringTest
class ReminderSourceQueryCountTest {

    @Autowired
    List<ReminderSource> sources;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    AppointmentService appointments;

    @Autowired
    NoteService notes;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    CounselorCheckIns checkIns;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theStatementsPerSourceDoNotGrowWithTheNumberOfCouples() {
        addClinic();
        LocalDate today = calendar.today();
        Map<String, long[]> few = measure(today);
        for (int i = 0; i < 4; i++) {
            addClinic();
        }
        Map<String, long[]> many = measure(today);

        many.forEach((source, counts) -> {
            assertThat(counts[1]).as(source + " reminders").isGreaterThan(few.get(source)[1]);
            assertThat(counts[0])
                    .as(source + " statements")
                    .isEqualTo(few.get(source)[0])
                    // check-ins also ask the sessions module for each couple's next session, in one query
                    .isLessThanOrEqualTo(3);
        });
    }

    /** Per source: the statements it ran and the reminders it found. */
    private Map<String, long[]> measure(LocalDate day) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (ReminderSource source : sources) {
            statistics.clear();
            int found = source.dueOn(day, calendar.startOf(day).plus(Duration.ofHours(11)))
                    .size();
            counts.put(source.getClass().getSimpleName(), new long[] {statistics.getPrepareStatementCount(), found});
        }
        return counts;
    }

    private void addClinic() {
        ReminderClinic clinic = new ReminderClinic(
                accounts, admins, couples, homework, myHomework, library, appointments, notes, calendar);
        // and a weekly check-in, which opens today
        clinic.clinic.asCounselorOne();
        checkIns.savePlan(clinic.clinic.coupleOne, Cadence.EVERY_WEEK, Visibility.COUNSELOR_ONLY, PlanView.NEW);
        TestAccounts.signOut();
    }
}
