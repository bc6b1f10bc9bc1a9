package app.dyad.identity;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed sign-in, kept under the address it came from ({@link ClientAddress}) for the per-address ceiling. Apart
 * from {@link SignInFailure} because a success clears an account's failures but must not clear its address's.
 */
@Entity
@Table(name = "sign_in_failure_by_ip")
class SignInFailureByAddress extends AbstractEntity {

    @Column(name = "client_ip", nullable = false, length = ClientAddress.MAX_LENGTH)
    private String clientIp;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailureByAddress() {
        this.clientIp = "";
        this.failedAt = Instant.EPOCH;
    }

    SignInFailureByAddress(ClientAddress address, Instant failedAt) {
        this.clientIp = address.key();
        this.failedAt = failedAt;
    }
}
