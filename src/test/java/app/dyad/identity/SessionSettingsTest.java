package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;

@DyadSpringTest
class SessionSettingsTest {

    @Autowired
    Environment environment;

    @Test
    void idleSessionsEndAfterThirtyMinutesEvenWithATabOpen() {
        assertThat(DurationStyle.detectAndParse(environment.getRequiredProperty("server.servlet.session.timeout")))
                .isEqualTo(Duration.ofMinutes(30));
        // without this, Vaadin's heartbeat from an open tab would keep the session alive forever
        assertThat(environment.getRequiredProperty("vaadin.closeIdleSessions", Boolean.class))
                .isTrue();
    }
}
