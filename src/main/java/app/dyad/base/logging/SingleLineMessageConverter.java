package app.dyad.base.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %m}, {@code %msg} and {@code %message}, with line breaks turned into spaces. */
public class SingleLineMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String message = SingleLine.of(super.convert(event));
        return message == null ? "" : message;
    }
}
