package app.dyad.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's authenticator secret, sealed ({@link SecretCipher}); being set up until {@code confirmedAt}. The last
 * accepted time step is moved only by {@link SecondFactorRepository#acceptStep}, a conditional update, so two
 * requests (or two nodes) cannot both accept the same code.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor {

    @Id
    @Column(name = "user_id")
    private long accountId;

    @Version
    private long version;

    @Column(name = "secret_sealed", nullable = false, length = 128)
    private byte[] secretSealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "last_used_step")
    private @Nullable Long lastUsedStep;

    protected SecondFactor() {
        // for JPA
        this.secretSealed = new byte[0];
        this.createdAt = Instant.EPOCH;
    }

    SecondFactor(long accountId, byte[] secretSealed, Instant createdAt) {
        this.accountId = accountId;
        this.secretSealed = secretSealed.clone();
        this.createdAt = createdAt;
    }

    long accountId() {
        return accountId;
    }

    byte[] secretSealed() {
        return secretSealed.clone();
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    @Nullable
    Instant confirmedAt() {
        return confirmedAt;
    }

    /** A new secret while still setting up: the one shown last is the one that counts. */
    void replaceUnconfirmedSecret(byte[] sealed, Instant now) {
        if (isConfirmed()) {
            throw new IllegalStateException("two-step sign-in is already set up");
        }
        this.secretSealed = sealed.clone();
        this.createdAt = now;
    }

    void confirm(Instant now, long step) {
        this.confirmedAt = now;
        this.lastUsedStep = step;
    }
}
