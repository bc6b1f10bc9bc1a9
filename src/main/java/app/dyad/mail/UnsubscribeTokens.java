package app.dyad.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed token of an unsubscribe link: an account id and a reminder kind, with an HMAC-SHA256 over both, so a
 * link turns off that one kind for that one person and cannot be altered into another. The key is made once, by the
 * first node that needs it, and kept in {@code mail_signing_key}, so a link made by one node works on every node and
 * after a restart. No expiry: a reminder read weeks later must still be stoppable (RFC 8058 asks the same).
 */
@Component
class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_ID = 1;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();
    private volatile byte @Nullable [] key;

    UnsubscribeTokens(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Who and which kind a link stands for. */
    record Subscription(long accountId, String kind) {}

    /** The token for this person's kind. */
    String tokenFor(long accountId, String kind) {
        byte[] payload = (accountId + ":" + kind).getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(sign(payload));
    }

    /** What a token names, if it is one of Dyad's and unaltered. */
    Optional<Subscription> read(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 300) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODE.decode(token.substring(0, dot));
            byte[] signature = DECODE.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split(":", 2);
            return Optional.of(new Subscription(Long.parseLong(parts[0]), parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
        }
    }

    /** The shared key: whichever node inserts first wins, every node then reads the same row. */
    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        byte[] candidate = new byte[32];
        random.nextBytes(candidate);
        byte[] stored = ownTransaction.execute(status -> {
            jdbc.sql("insert ignore into mail_signing_key (id, secret) values (:id, :secret)")
                    .param("id", KEY_ID)
                    .param("secret", candidate)
                    .update();
            return jdbc.sql("select secret from mail_signing_key where id = :id")
                    .param("id", KEY_ID)
                    .query(byte[].class)
                    .single();
        });
        key = stored;
        return stored;
    }
}
