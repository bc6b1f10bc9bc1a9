package app.dyad.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The demo's SMTP server, inside the app (GreenMail), on a free port of this machine only: {@code ./mvnw} needs no
 * mail server, every mail really goes over SMTP, and the Outbox page reads what arrived. Tests use it the same way.
 * Never in production: there {@code DYAD_MAIL_HOST} is required.
 */
public class EmbeddedMailServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final int port;
    private @Nullable GreenMail server;

    EmbeddedMailServer(int port) {
        this.port = port == 0 ? freePort() : port;
        start();
    }

    /** The port mail is sent to. */
    public int port() {
        return port;
    }

    /** Every mail received since start, oldest first. */
    public List<MimeMessage> received() {
        GreenMail running = server;
        return running == null ? List.of() : List.of(running.getReceivedMessages());
    }

    /** Starts taking mail again on the same port (after {@link #stop()}), with an empty store. */
    public synchronized void start() {
        if (server == null) {
            GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            server = greenMail;
            log.info("Demo mail server (GreenMail) takes mail on 127.0.0.1:{}", port);
        }
    }

    /** Stops taking mail, as a mail server that is down. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Forgets every mail received. */
    public void clear() {
        GreenMail running = server;
        if (running != null) {
            try {
                running.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("could not empty the demo mail server", e);
            }
        }
    }

    @Override
    public void destroy() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the demo mail server", e);
        }
    }
}
