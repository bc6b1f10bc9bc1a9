package app.dyad.couples;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A case: one couple, two partners, one assigned counselor. */
@Entity
@Table(name = "couple")
class Couple extends AbstractEntity {

    @Column(name = "case_name", nullable = false, length = NewCouple.CASE_NAME_MAX_LENGTH)
    private String caseName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CoupleStatus status;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    /** The identity module's account id; modules refer to each other's records by id only. */
    @Column(name = "counselor_id", nullable = false)
    private long counselorId;

    @Column(name = "presenting_concerns", columnDefinition = "text")
    private @Nullable String presentingConcerns;

    @Enumerated(EnumType.STRING)
    @Column(name = "secrets_policy", length = 32)
    private @Nullable SecretsPolicy secretsPolicy;

    @Column(name = "secrets_agreed_on")
    private @Nullable LocalDate secretsAgreedOn;

    @Column(name = "secrets_note", length = AgreementEdit.NOTE_MAX_LENGTH)
    private @Nullable String secretsNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "couple", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Partner> partners = new ArrayList<>();

    protected Couple() {
        this.caseName = "";
        this.status = CoupleStatus.ACTIVE;
        this.startedOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    Couple(String caseName, CoupleStatus status, LocalDate startedOn, long counselorId, Instant createdAt) {
        this.caseName = caseName;
        this.status = status;
        this.startedOn = startedOn;
        this.counselorId = counselorId;
        this.createdAt = createdAt;
    }

    long id() {
        Long id = getId();
        if (id == null) {
            throw new IllegalStateException("couple not saved yet");
        }
        return id;
    }

    Partner addPartner(PartnerDetails details) {
        Partner partner = new Partner(this, partners.size() + 1, details);
        partners.add(partner);
        return partner;
    }

    List<Partner> partners() {
        return partners;
    }

    Partner partner(int position) {
        return partners.stream()
                .filter(p -> p.position() == position)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("couple without partner " + position));
    }

    String caseName() {
        return caseName;
    }

    CoupleStatus status() {
        return status;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    long counselorId() {
        return counselorId;
    }

    @Nullable
    String presentingConcerns() {
        return presentingConcerns;
    }

    @Nullable
    SecretsPolicy secretsPolicy() {
        return secretsPolicy;
    }

    @Nullable
    LocalDate secretsAgreedOn() {
        return secretsAgreedOn;
    }

    @Nullable
    String secretsNote() {
        return secretsNote;
    }

    void assignCounselor(long counselorId) {
        this.counselorId = counselorId;
    }

    void changeStatus(CoupleStatus status) {
        this.status = status;
    }

    void describeConcerns(@Nullable String text) {
        this.presentingConcerns = text;
    }

    void recordAgreement(SecretsPolicy policy, LocalDate agreedOn, @Nullable String note) {
        this.secretsPolicy = policy;
        this.secretsAgreedOn = agreedOn;
        this.secretsNote = note;
    }
}
