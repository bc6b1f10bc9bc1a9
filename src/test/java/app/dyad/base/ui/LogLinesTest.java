package app.dyad.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import com.vaadin.flow.server.ErrorEvent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 10 item 9: text a person typed cannot start a line of the application log, so nobody can forge an entry
 * (CR and LF in a message or in an exception's message are neutralised). Runs with the application's own logging
 * configuration; stack frames keep their lines.
 */
@DyadSpringTest
@ExtendWith(OutputCaptureExtension.class)
class LogLinesTest {

    private static final Logger log = LoggerFactory.getLogger(LogLinesTest.class);
    private static final String TYPED = "name\r\nFAKE LOG LINE\rFAKE AFTER CR\nFAKE AFTER LF";

    private static List<String> lines(CapturedOutput output) {
        return Arrays.asList(output.getAll().split("\r\n|\r|\n"));
    }

    private static void assertNoForgedLine(CapturedOutput output) {
        assertThat(lines(output))
                .as("lines that text typed by a person started")
                .filteredOn(line -> line.startsWith("FAKE"))
                .isEmpty();
        assertThat(output.getAll()).contains("name FAKE LOG LINE FAKE AFTER CR FAKE AFTER LF");
    }

    @Test
    void aTypedNameCannotStartALineOfTheLog(CapturedOutput output) {
        log.warn("Sign-in refused for {}", TYPED);

        assertNoForgedLine(output);
    }

    @Test
    void anExceptionMessageCannotStartALineButItsStackFramesKeepTheirs(CapturedOutput output) {
        log.error(
                "Unexpected error",
                new IllegalStateException("outer " + TYPED, new IllegalArgumentException("inner " + TYPED)));

        assertNoForgedLine(output);
        assertThat(lines(output))
                .anyMatch(line -> line.startsWith("java.lang.IllegalStateException: outer name FAKE LOG LINE"))
                .anyMatch(line -> line.startsWith("Caused by: java.lang.IllegalArgumentException: inner name"))
                .anyMatch(line -> line.startsWith("\tat app.dyad.base.ui.LogLinesTest."));
    }

    @Test
    void whatTheErrorHandlerLogsCannotStartALine(CapturedOutput output) {
        var handler = FriendlyErrorHandler.handler();
        handler.error(new ErrorEvent(new AccessDeniedException("refused " + TYPED)));
        handler.error(new ErrorEvent(new OptimisticLockingFailureException("conflict " + TYPED)));
        handler.error(new ErrorEvent(new RuntimeException("unexpected " + TYPED)));

        assertNoForgedLine(output);
    }
}
