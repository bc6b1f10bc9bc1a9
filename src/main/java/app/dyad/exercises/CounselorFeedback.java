package app.dyad.exercises;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The counselor's feedback on an assignment, to one partner or to both. */
@Entity
@Table(name = "feedback")
class CounselorFeedback extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @Column(name = "to_partner_id")
    private @Nullable Long toPartnerId;

    @Column(nullable = false, length = FeedbackView.TEXT_MAX_LENGTH)
    private String text = "";

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected CounselorFeedback() {
        this.assignment = new Assignment();
    }

    CounselorFeedback(
            Assignment assignment, @Nullable Long toPartnerId, String text, long authorId, Instant createdAt) {
        this.assignment = assignment;
        this.toPartnerId = toPartnerId;
        this.text = text;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    Assignment assignment() {
        return assignment;
    }

    @Nullable
    Long toPartnerId() {
        return toPartnerId;
    }

    FeedbackView view() {
        Long id = getId();
        return new FeedbackView(id == null ? 0 : id, toPartnerId, text, createdAt);
    }
}
