package app.dyad.identity;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A requested change of sign-in address, waiting for the link sent to the new address. Nothing changes until it is
 * used: whoever asked must also read the new mailbox. Only a SHA-256 of the token is stored.
 */
@Entity
@Table(name = "email_change")
class EmailChange extends AbstractEntity {

    static final Duration VALIDITY = Duration.ofHours(24);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount account;

    @Column(name = "new_email", nullable = false, length = 254)
    private String newEmail;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected EmailChange() {
        // for JPA
        this.account = new UserAccount();
        this.newEmail = "";
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    EmailChange(UserAccount account, String newEmail, String tokenHash, Instant createdAt) {
        this.account = account;
        this.newEmail = newEmail;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(VALIDITY);
    }

    UserAccount account() {
        return account;
    }

    String newEmail() {
        return newEmail;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("email change is no longer valid");
        }
        this.usedAt = now;
    }

    void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            this.revokedAt = now;
        }
    }
}
