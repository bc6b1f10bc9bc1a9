package app.dyad.mail;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail to queue: plain text only (nothing a mail program could run, nothing to inject), never clinical
 * content. {@code reference} lets the sender ask later when it went out ("invitation sent 14:02"); {@code uniqueKey}
 * makes a second queueing of the same mail a no-op (a reminder's kind, person, target and day).
 */
public record OutgoingMail(
        String kind,
        @Nullable Long accountId,
        String to,
        String subject,
        String body,
        @Nullable String reference,
        @Nullable String uniqueKey,
        @Nullable String unsubscribeUrl,
        @Nullable Attachment attachment) {

    /** A file sent along, such as a session's calendar invitation. */
    public record Attachment(String fileName, String contentType, String content) {}

    public OutgoingMail {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }

    /** A mail of this kind to one address, to be given its text. */
    public static OutgoingMail of(String kind, @Nullable Long accountId, String to, String subject, String body) {
        return new OutgoingMail(kind, accountId, to, subject, body, null, null, null, null);
    }

    public OutgoingMail withReference(String value) {
        return new OutgoingMail(kind, accountId, to, subject, body, value, uniqueKey, unsubscribeUrl, attachment);
    }

    public OutgoingMail withUniqueKey(String value) {
        return new OutgoingMail(kind, accountId, to, subject, body, reference, value, unsubscribeUrl, attachment);
    }

    public OutgoingMail withUnsubscribeUrl(String value) {
        return new OutgoingMail(kind, accountId, to, subject, body, reference, uniqueKey, value, attachment);
    }

    public OutgoingMail withAttachment(Attachment value) {
        return new OutgoingMail(kind, accountId, to, subject, body, reference, uniqueKey, unsubscribeUrl, value);
    }

    /** Says nothing of the body: it may hold a one-time link, and a printed record ends up in logs. */
    @Override
    public String toString() {
        return "OutgoingMail[" + kind + ", reference " + reference + "]";
    }
}
