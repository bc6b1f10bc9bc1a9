package app.dyad.exercises;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A partner's answer to an assignment (or the couple's joint answer, with no author partner). */
@Entity
@Table(name = "response")
class Response extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @Column(name = "partner_id")
    private @Nullable Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResponseState state = ResponseState.DRAFT;

    @Column(nullable = false, columnDefinition = "text")
    private String answers = "{}";

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt = Instant.EPOCH;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    protected Response() {
        this.assignment = new Assignment();
    }

    Response(Assignment assignment, @Nullable Long partnerId) {
        this.assignment = assignment;
        this.partnerId = partnerId;
    }

    Assignment assignment() {
        return assignment;
    }

    @Nullable
    Long partnerId() {
        return partnerId;
    }

    ResponseState state() {
        return state;
    }

    String answers() {
        return answers;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    Disclosure.ResponseFacts facts() {
        return new Disclosure.ResponseFacts(partnerId, state);
    }

    void saveDraft(String answers, Instant at) {
        if (state == ResponseState.SUBMITTED) {
            throw new IllegalStateException("a submitted response is read-only");
        }
        this.answers = answers;
        this.savedAt = at;
    }

    void submit(String answers, Instant at) {
        saveDraft(answers, at);
        this.state = ResponseState.SUBMITTED;
        this.submittedAt = at;
    }
}
