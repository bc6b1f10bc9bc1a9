package app.dyad.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the latest mail for a reference stands, for the person who caused it: queued at, sent at, or given up on.
 * The address is masked ("a…@e…"): the screen that shows it may be looked at over a shoulder.
 */
public record Delivery(
        String maskedRecipient,
        Instant queuedAt,
        @Nullable Instant sentAt,
        @Nullable Instant gaveUpAt) {

    /** Whether the mail server took it. */
    public boolean sent() {
        return sentAt != null;
    }

    /** Whether retries ended without the mail server taking it. */
    public boolean failed() {
        return gaveUpAt != null;
    }

    /** "ada@example.org" as "a…@e…": enough to recognise, not enough to read off a screen. */
    public static String mask(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return "…";
        }
        return address.codePoints()
                        .limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "…@"
                + address.substring(at + 1)
                        .codePoints()
                        .limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "…";
    }
}
