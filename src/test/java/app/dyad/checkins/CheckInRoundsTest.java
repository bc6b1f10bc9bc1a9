package app.dyad.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a round opens for each cadence, and that a round stays open until the next one. */
class CheckInRoundsTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    @Test
    void everyTwoWeeksARoundOpensOnTheStartAndEveryFourteenDaysAfter() {
        assertThat(CheckInRounds.current(Cadence.EVERY_2_WEEKS, START, START, null))
                .contains(START);
        assertThat(CheckInRounds.current(Cadence.EVERY_2_WEEKS, START, START.plusDays(13), null))
                .contains(START);
        assertThat(CheckInRounds.current(Cadence.EVERY_2_WEEKS, START, START.plusDays(14), null))
                .contains(START.plusDays(14));
        assertThat(CheckInRounds.current(Cadence.EVERY_WEEK, START, START.plusDays(15), null))
                .contains(START.plusDays(14));
        assertThat(CheckInRounds.current(Cadence.EVERY_4_WEEKS, START, START.plusDays(55), null))
                .contains(START.plusDays(28));
    }

    @Test
    void nothingIsOpenBeforeTheStartOrWhilePaused() {
        assertThat(CheckInRounds.current(Cadence.EVERY_WEEK, START, START.minusDays(1), null))
                .isEmpty();
        assertThat(CheckInRounds.current(Cadence.PAUSED, START, START.plusDays(3), null))
                .isEmpty();
    }

    @Test
    void onceStaysOpenUntilAnswered() {
        assertThat(CheckInRounds.current(Cadence.ONCE, START, START.plusDays(40), null))
                .contains(START);
    }

    @Test
    void beforeEachSessionOpensThreeDaysBeforeTheNextSession() {
        LocalDate session = START.plusDays(10);
        assertThat(CheckInRounds.current(Cadence.BEFORE_EACH_SESSION, START, session.minusDays(4), session))
                .isEmpty();
        assertThat(CheckInRounds.current(Cadence.BEFORE_EACH_SESSION, START, session.minusDays(3), session))
                .contains(session.minusDays(3));
        assertThat(CheckInRounds.current(Cadence.BEFORE_EACH_SESSION, START, session, session))
                .contains(session.minusDays(3));
        assertThat(CheckInRounds.current(Cadence.BEFORE_EACH_SESSION, START, session, null))
                .as("no session planned")
                .isEmpty();
    }
}
