package app.dyad.couples;

import app.dyad.base.AbstractEntity;
import app.dyad.identity.SignInState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One of the two people in a couple, with their own (client) account once invited. */
@Entity
@Table(name = "partner")
class Partner extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @Column(nullable = false)
    private int position;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(name = "first_name", nullable = false, length = PartnerDetails.NAME_MAX_LENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = PartnerDetails.NAME_MAX_LENGTH)
    private String lastName;

    @Column(name = "preferred_name", length = PartnerDetails.NAME_MAX_LENGTH)
    private @Nullable String preferredName;

    @Column(length = PartnerDetails.PRONOUNS_MAX_LENGTH)
    private @Nullable String pronouns;

    @Column(length = PartnerDetails.EMAIL_MAX_LENGTH)
    private @Nullable String email;

    @Column(length = PartnerDetails.PHONE_MAX_LENGTH)
    private @Nullable String phone;

    @Column(name = "date_of_birth")
    private @Nullable LocalDate dateOfBirth;

    protected Partner() {
        this.couple = new Couple();
        this.firstName = "";
        this.lastName = "";
    }

    Partner(Couple couple, int position, PartnerDetails details) {
        this.couple = couple;
        this.position = position;
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        update(details);
    }

    long id() {
        Long id = getId();
        if (id == null) {
            throw new IllegalStateException("partner not saved yet");
        }
        return id;
    }

    Couple couple() {
        return couple;
    }

    int position() {
        return position;
    }

    @Nullable
    Long accountId() {
        return accountId;
    }

    void linkAccount(long accountId) {
        this.accountId = accountId;
    }

    @Nullable
    String email() {
        return email;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    void update(PartnerDetails details) {
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.preferredName = details.preferredName();
        this.pronouns = details.pronouns();
        this.email = details.email();
        this.phone = details.phone();
        this.dateOfBirth = details.dateOfBirth();
    }

    PartnerDetails details() {
        return new PartnerDetails(firstName, lastName, preferredName, pronouns, email, phone, dateOfBirth);
    }

    /** The partner with their login's state, which the identity module knows ({@code null}: no account). */
    PartnerView view(@Nullable SignInState signIn) {
        return new PartnerView(id(), getVersion(), position, details(), accountId == null ? null : signIn);
    }
}
