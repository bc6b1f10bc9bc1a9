package app.dyad.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ceiling on "forgot your password?" requests: per address typed (3 an hour: enough for a person who mistyped or
 * lost a mail, too few to flood someone's inbox) and per client address (20 an hour: a clinic's shared connection,
 * not a script sweeping addresses). Above either, the request is not recorded and no mail goes out, but the page
 * answers as always. Kept in the database, so it holds across restarts and nodes, and only for the hour it needs;
 * the typed address only as a hash. Parallel requests can overshoot by the few that count at the same instant.
 */
@Component
class ResetRequestThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perAddress;
    private final int perClient;

    ResetRequestThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${dyad.password-reset.max-per-address:3}") int perAddress,
            @Value("${dyad.password-reset.max-per-client:20}") int perClient) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAddress = perAddress;
        this.perClient = perClient;
    }

    /** Records the request and says true if both its address and its client are within their ceilings. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean admit(String addressHash, @Nullable ClientAddress client) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        long forAddress = jdbc.sql("""
                        select count(*) from password_reset_request
                        where address_hash = :hash and requested_at > :since""")
                .param("hash", addressHash)
                .param("since", since)
                .query(Long.class)
                .single();
        // the same statement with or without a client address, so the caller's work never varies
        long forClient = jdbc.sql("""
                        select count(*) from password_reset_request
                        where client_ip = :ip and requested_at > :since""")
                .param("ip", client == null ? null : client.key())
                .param("since", since)
                .query(Long.class)
                .single();
        if (forAddress >= perAddress || forClient >= perClient) {
            return false;
        }
        jdbc.sql("""
                        insert into password_reset_request (address_hash, client_ip, requested_at)
                        values (:hash, :ip, :now)""")
                .param("hash", addressHash)
                .param("ip", client == null ? null : client.key())
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("delete from password_reset_request where requested_at <= :since")
                .param("since", since)
                .update();
        return true;
    }
}
