package app.dyad.identity;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What every one-time link of an account has, whatever it opens (setting a password, confirming a new address): only
 * a SHA-256 of its token is stored, so a database leak yields no usable link; it works once, until it expires, unless
 * it was revoked. One rule for all of them, here.
 */
@MappedSuperclass
abstract class OneTimeLink extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount account;

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

    protected OneTimeLink() {
        // for JPA
        this.account = new UserAccount();
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    protected OneTimeLink(UserAccount account, String tokenHash, Instant createdAt, Duration validity) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(validity);
    }

    UserAccount account() {
        return account;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Consumes the link; a second use, an expired or a revoked link is refused. */
    void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException(getClass().getSimpleName() + " link is no longer valid");
        }
        this.usedAt = now;
    }

    void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            this.revokedAt = now;
        }
    }
}
