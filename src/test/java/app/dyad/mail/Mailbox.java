package app.dyad.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What tests read instead of a link handed to the admin: runs the delivery, then reads the mail that reached an
 * address in the in-test GreenMail, and the one-time token in its link.
 */
public class Mailbox {

    private final MailDelivery delivery;
    private final Supplier<List<MimeMessage>> received;

    /** The test context's in-app mail server, where tests send their mail. */
    @Autowired
    public Mailbox(MailDelivery delivery, ObjectProvider<EmbeddedMailServer> server) {
        this(delivery, () -> server.getObject().received());
    }

    /** Another SMTP server's arrivals, such as a GreenMail standing in for a clinic's mail server. */
    public Mailbox(MailDelivery delivery, Supplier<List<MimeMessage>> received) {
        this.delivery = delivery;
        this.received = received;
    }

    /** Sends what is due, then every mail that reached the address, oldest first. */
    public List<MimeMessage> deliveredTo(String address) {
        // a run sends at most 20,000 mails; a full test run can leave more than that due
        for (int run = 0; run < 3; run++) {
            delivery.deliverDue();
        }
        List<MimeMessage> found = new ArrayList<>();
        try {
            for (MimeMessage message : received.get()) {
                for (var to : message.getRecipients(Message.RecipientType.TO)) {
                    if (to.toString().equalsIgnoreCase(address)) {
                        found.add(message);
                    }
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Every mail body that reached the address. */
    public List<String> bodiesTo(String address) {
        return deliveredTo(address).stream().map(Mailbox::body).toList();
    }

    /** The token of the latest link to {@code path} (such as "invitation") in a mail to the address, if any. */
    public Optional<String> latestToken(String address, String path) {
        Pattern link = Pattern.compile("/" + Pattern.quote(path) + "/([A-Za-z0-9_-]+)");
        List<String> bodies = bodiesTo(address);
        for (int i = bodies.size() - 1; i >= 0; i--) {
            Matcher matcher = link.matcher(bodies.get(i));
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** The token of the latest link to {@code path} in a mail to the address; fails the test if there is none. */
    public String token(String address, String path) {
        return latestToken(address, path)
                .orElseThrow(() -> new AssertionError("no mail with a " + path + " link reached " + address));
    }

    /** The plain-text body of a delivered mail. */
    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
