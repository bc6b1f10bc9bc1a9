package app.dyad.exercises;

import app.dyad.base.AbstractEntity;
import app.dyad.base.InvalidInputException;
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

    /** Why the counselor sent this answer back; set while it waits to be handed in again. */
    @Column(name = "returned_reason", length = ResponseView.RETURN_REASON_MAX_LENGTH)
    private @Nullable String returnedReason;

    @Column(name = "returned_at")
    private @Nullable Instant returnedAt;

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

    @Nullable
    String returnedReason() {
        return returnedReason;
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
        this.returnedReason = null; // handed in again: the reason has been answered
    }

    /**
     * The counselor sends a submitted answer back: it is a draft again, so {@link Disclosure} hides it from the
     * other partner (and closes a reveal-together pair) until its author hands it in again. Only a submitted
     * answer of a live assignment, with a reason its author can read.
     */
    void returnForRevision(String reason, Instant at) {
        if (reason.isBlank() || reason.strip().length() > ResponseView.RETURN_REASON_MAX_LENGTH) {
            throw InvalidInputException.requiredOrTooLong("reason", reason, ResponseView.RETURN_REASON_MAX_LENGTH);
        }
        if (state != ResponseState.SUBMITTED || assignment.isCancelled()) {
            throw InvalidInputException.of("reason", "homework.return-not-submitted");
        }
        this.state = ResponseState.DRAFT;
        this.submittedAt = null;
        this.returnedReason = reason.strip();
        this.returnedAt = at;
    }
}
