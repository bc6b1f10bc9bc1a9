package app.dyad.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Reminders go out from the send time on, never in quiet hours, which may span midnight. */
class ReminderScheduleTest {

    @Test
    void fromNineUntilNineInTheEveningByDefault() {
        ReminderSchedule schedule = new ReminderSchedule("09:00", "21:00-08:00");

        assertThat(schedule.allows(LocalTime.of(8, 59))).isFalse();
        assertThat(schedule.allows(LocalTime.of(9, 0))).isTrue();
        assertThat(schedule.allows(LocalTime.of(20, 59))).isTrue();
        assertThat(schedule.allows(LocalTime.of(21, 0))).isFalse();
        assertThat(schedule.allows(LocalTime.of(0, 30))).isFalse();
    }

    @Test
    void quietHoursWithinOneDay() {
        ReminderSchedule schedule = new ReminderSchedule("07:00", "12:00-13:30");

        assertThat(schedule.allows(LocalTime.of(11, 59))).isTrue();
        assertThat(schedule.allows(LocalTime.of(12, 45))).isFalse();
        assertThat(schedule.allows(LocalTime.of(13, 30))).isTrue();
        assertThat(schedule.allows(LocalTime.of(23, 0))).isTrue();
    }

    @Test
    void aSendTimeInsideQuietHoursOrAMistypedTimeIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ReminderSchedule("22:00", "21:00-08:00"))
                .hasMessageContaining("falls inside the quiet hours");
        assertThatThrownBy(() -> new ReminderSchedule("9am", "21:00-08:00"))
                .hasMessageContaining("dyad.reminders.send-at");
        assertThatThrownBy(() -> new ReminderSchedule("09:00", "21:00"))
                .hasMessageContaining("dyad.reminders.quiet-hours");
    }
}
