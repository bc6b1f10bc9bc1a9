package app.dyad.base.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (the stack trace, set apart by a blank line) with line breaks in the message of the
 * exception, of each cause and each suppressed exception turned into spaces. The stack frames keep a line each: they
 * come from code, not from people, and every one of them starts with a tab, "Caused by:" or "Suppressed:".
 */
public class SingleLineThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(new SingleLineMessages(throwable));
    }

    /** The exception as logback sees it, its messages (and its causes') on one line. */
    private record SingleLineMessages(IThrowableProxy original) implements IThrowableProxy {

        @Override
        public @Nullable String getMessage() {
            return SingleLine.of(original.getMessage());
        }

        @Override
        public @Nullable String getOverridingMessage() {
            return SingleLine.of(original.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return original.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return original.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return original.getCommonFrames();
        }

        @Override
        public @Nullable IThrowableProxy getCause() {
            IThrowableProxy cause = original.getCause();
            return cause == null ? null : new SingleLineMessages(cause);
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = original.getSuppressed();
            return suppressed == null
                    ? new IThrowableProxy[0]
                    : Arrays.stream(suppressed).map(SingleLineMessages::new).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return original.isCyclic();
        }
    }
}
