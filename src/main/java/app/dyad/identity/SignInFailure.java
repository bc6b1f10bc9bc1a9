package app.dyad.identity;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed sign-in, keyed by the email that was typed — known or not, so that an unknown email costs
 * the server exactly the same work as a wrong password.
 */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure extends AbstractEntity {

    @Column(nullable = false, length = NewAccount.EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
        this.email = "";
        this.failedAt = Instant.EPOCH;
    }

    SignInFailure(String email, Instant failedAt) {
        this.email = email;
        this.failedAt = failedAt;
    }
}
