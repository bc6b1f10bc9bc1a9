package app.dyad.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A requested change of sign-in address, waiting for the link sent to the new address. Nothing changes until it is
 * used: whoever asked must also read the new mailbox. Only a SHA-256 of the token is stored.
 */
@Entity
@Table(name = "email_change")
class EmailChange extends OneTimeLink {

    static final Duration VALIDITY = Duration.ofHours(24);

    @Column(name = "new_email", nullable = false, length = 254)
    private String newEmail;

    protected EmailChange() {
        // for JPA
        this.newEmail = "";
    }

    EmailChange(UserAccount account, String newEmail, String tokenHash, Instant createdAt) {
        super(account, tokenHash, createdAt, VALIDITY);
        this.newEmail = newEmail;
    }

    String newEmail() {
        return newEmail;
    }
}
