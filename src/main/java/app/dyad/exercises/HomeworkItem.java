package app.dyad.exercises;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An assignment as a requester sees it: the exercise, who it is for, when it is due, the visibility, and only
 * the responses and feedback the requester may see ({@link Disclosure}). Progress tells each partner's state
 * without content.
 */
public record HomeworkItem(
        long id,
        long version,
        long coupleId,
        long exerciseId,
        String exerciseTitle,
        Audience audience,
        @Nullable Long partnerId,
        LocalDate dueOn,
        Visibility visibility,
        @Nullable String note,
        boolean cancelled,
        @Nullable LocalDate reviewedOn,
        List<PartnerProgress> progress,
        List<ResponseView> responses,
        List<FeedbackView> feedback) {

    /** One partner's (or the joint answer's) state: not started, draft or submitted. No content. */
    public record PartnerProgress(
            @Nullable Long partnerId, @Nullable ResponseState state) {

        /** Whether this is the partner's own answer or the couple's joint one, which counts for both. */
        boolean countsFor(long partner) {
            return partnerId == null || partnerId == partner;
        }
    }

    /** Whether this partner owes an answer: their own assignment, one for both separately, or the joint one. */
    public boolean isFor(long partner) {
        return audience.includes(partnerId, partner);
    }

    /** This partner's state (their own answer's, or the joint answer's); null when they have not started. */
    public @Nullable ResponseState stateOf(long partner) {
        return progress.stream()
                .filter(p -> p.countsFor(partner))
                .map(PartnerProgress::state)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Whether this partner (or, for a joint assignment, the couple) has handed in an answer. */
    public boolean isDoneBy(long partner) {
        return progress.stream().anyMatch(p -> p.countsFor(partner) && p.state() == ResponseState.SUBMITTED);
    }

    /** Whether this partner owes an answer that was due before the clinic day {@code today}. */
    public boolean isOverdueFor(long partner, LocalDate today) {
        return !cancelled && isFor(partner) && !isDoneBy(partner) && dueOn.isBefore(today);
    }

    @Override
    public String toString() {
        return "HomeworkItem[id=" + id + "]";
    }
}
