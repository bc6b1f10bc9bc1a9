package app.dyad.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.identity.TestAccounts;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Progress tab and a partner's progress cost the same queries for 1 and for 100 rounds of check-ins. */
@DyadSpringTest
class ProgressQueryCountTest {

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
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A couple whose partners both answered every question in {@code rounds} fortnightly rounds. */
    private CheckInClinic clinicWith(int rounds) {
        CheckInClinic clinic = new CheckInClinic(accounts, admins, couples);
        List<Long> items = instruments.all().stream()
                .flatMap(i -> i.items().stream())
                .map(ItemView::id)
                .toList();
        for (int r = 0; r < rounds; r++) {
            LocalDate round = LocalDate.of(2022, 1, 3).plusWeeks(2L * r);
            for (long partner : List.of(clinic.partnerOneId, clinic.partnerTwoId)) {
                jdbc.update("""
                        insert into checkin (version, couple_id, partner_id, round_on, visibility, state, saved_at,
                                             submitted_at)
                        values (0, ?, ?, ?, 'REVEAL_TOGETHER', 'SUBMITTED', utc_timestamp(6), utc_timestamp(6))""", clinic.coupleId, partner, Date.valueOf(round));
                Long id = jdbc.queryForObject("select last_insert_id()", Long.class);
                for (long item : items) {
                    jdbc.update(
                            "insert into checkin_value (checkin_id, item_id, value) values (?, ?, ?)", id, item, (int)
                                    ((r + item + partner) % 5));
                }
            }
        }
        return clinic;
    }

    private long statements(Runnable read) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        instruments.all(); // product content, read once per run: not part of what a page costs
        statistics.clear();
        read.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void theProgressTabCostsTheSameQueriesForOneAndForAHundredRounds() {
        CheckInClinic small = clinicWith(1);
        CheckInClinic large = clinicWith(100);
        small.asCounselor();
        long one = statements(() -> assertThat(counselor
                        .progress(small.coupleId)
                        .instruments()
                        .getFirst()
                        .one()
                        .points())
                .hasSize(1));
        large.asCounselor();
        long hundred = statements(() -> assertThat(counselor
                        .progress(large.coupleId)
                        .instruments()
                        .getFirst()
                        .one()
                        .points())
                .hasSize(100));
        assertThat(hundred).isEqualTo(one).isLessThanOrEqualTo(5);
    }

    @Test
    void aPartnersProgressCostsTheSameQueriesForOneAndForAHundredRounds() {
        CheckInClinic small = clinicWith(1);
        CheckInClinic large = clinicWith(100);
        small.asAlex();
        long one = statements(
                () -> assertThat(mine.progress("me", "partner").getFirst().two().points())
                        .hasSize(1));
        large.asAlex();
        long hundred = statements(
                () -> assertThat(mine.progress("me", "partner").getFirst().two().points())
                        .hasSize(100));
        assertThat(hundred).isEqualTo(one).isLessThanOrEqualTo(5);
    }
}
