package app.dyad.identity;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person who can sign in to Dyad. */
@Entity
@Table(name = "user_account")
class UserAccount extends AbstractEntity {

    @Column(nullable = false, length = NewAccount.EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = NewAccount.DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    /** A counselor who may be named to co-sign other counselors' notes. */
    @Column(nullable = false)
    private boolean supervisor;

    /** The supervisor whose co-signature this counselor's notes need; none when they need none. */
    @Column(name = "supervisor_id")
    private @Nullable Long supervisorId;

    protected UserAccount() {
        // for JPA
        this.email = "";
        this.displayName = "";
        this.role = Role.CLIENT;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(String email, String displayName, Role role, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.role = role;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    long id() {
        Long id = getId();
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    AccountStatus status() {
        return status;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant lastSignInAt() {
        return lastSignInAt;
    }

    @Nullable
    Instant lockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether a correct password would let this person in right now. */
    boolean maySignInAt(Instant now) {
        return status == AccountStatus.ACTIVE && passwordHash != null && !isLockedAt(now);
    }

    void changeEmail(String newEmail) {
        this.email = normaliseEmail(newEmail);
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName.strip();
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    void unlock() {
        this.lockedUntil = null;
    }

    void deactivate() {
        this.status = AccountStatus.DEACTIVATED;
    }

    void reactivate() {
        this.status = AccountStatus.ACTIVE;
    }

    boolean isSupervisor() {
        return supervisor;
    }

    @Nullable
    Long supervisorId() {
        return supervisorId;
    }

    void supervise(boolean isSupervisor, @Nullable Long supervisedBy) {
        this.supervisor = isSupervisor;
        this.supervisorId = supervisedBy;
    }

    /** The account as the admin's list shows it; never the password hash. */
    AccountSummary summary(Instant now) {
        return new AccountSummary(
                id(),
                displayName,
                email,
                role,
                status,
                passwordHash == null,
                isLockedAt(now),
                lastSignInAt,
                supervisor,
                supervisorId);
    }
}
