package app.dyad.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the demo's in-app SMTP server received, newest first, for the admin's Outbox page: so the invitation and
 * reminder flows can be shown without a mail account. Exists only with the {@link EmbeddedMailServer}, which
 * production never runs; it shows links that sign people in, so it is for the demo admin only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@ConditionalOnBooleanProperty("dyad.mail.embedded-server.enabled")
public class DemoOutbox {

    /** More would make the page slow to read; the demo sends a few dozen. */
    static final int SHOWN = 100;

    private final EmbeddedMailServer server;

    DemoOutbox(EmbeddedMailServer server) {
        this.server = server;
    }

    /**
     * The latest mails received, newest first by the time the server stored each one: the server lists them mailbox by
     * mailbox, so a new mail to someone who had one before came out among the old ones.
     */
    public List<DemoMail> latest() {
        List<MimeMessage> received = new ArrayList<>(server.received());
        Collections.reverse(received); // each mailbox's own newest first, for mails stored in the same millisecond
        return received.stream()
                .sorted(Comparator.comparing(DemoOutbox::receivedAt).reversed())
                .limit(SHOWN)
                .map(DemoOutbox::read)
                .toList();
    }

    private static Instant receivedAt(MimeMessage message) {
        try {
            Date received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
            return received == null ? Instant.EPOCH : received.toInstant();
        } catch (MessagingException unreadable) {
            return Instant.EPOCH;
        }
    }

    private static DemoMail read(MimeMessage message) {
        try {
            List<String> attachments = new ArrayList<>();
            String text = text(message, attachments);
            Instant received = receivedAt(message);
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new DemoMail(to, message.getSubject(), received, text, attachments);
        } catch (MessagingException | IOException unreadable) {
            return new DemoMail("?", "(unreadable mail)", Instant.EPOCH, unreadable.toString(), List.of());
        }
    }

    private static String text(Part part, List<String> attachments) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(part.getFileName());
            return "";
        }
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                text.append(text(body, attachments));
            }
            return text.toString();
        }
        return "";
    }
}
