package app.dyad.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-time link that lets a person set their password: sent when an account is created and when an
 * admin resets a password. Only a SHA-256 of the token is stored, so a database leak yields no usable link.
 */
@Entity
@Table(name = "invitation")
class Invitation extends OneTimeLink {

    static final Duration VALIDITY = Duration.ofHours(72);

    protected Invitation() {
        // for JPA
    }

    Invitation(UserAccount account, String tokenHash, Instant createdAt) {
        super(account, tokenHash, createdAt, VALIDITY);
    }
}
