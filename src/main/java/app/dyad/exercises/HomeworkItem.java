package app.dyad.exercises;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An assignment as a reader sees it: the exercise, who it is for, when it is due, the visibility, and only
 * the responses and feedback the reader may see ({@link Disclosure}). Progress tells each partner's state
 * without content.
 */
public record HomeworkItem(long id, long version, long coupleId, long exerciseId, String exerciseTitle,
        Audience audience, @Nullable Long partnerId, LocalDate dueOn, Visibility visibility, @Nullable String note,
        boolean cancelled, @Nullable LocalDate reviewedOn, List<PartnerProgress> progress, List<ResponseView> responses,
        List<FeedbackView> feedback) {

    /** One partner's (or the joint answer's) state: not started, draft or submitted. No content. */
    public record PartnerProgress(@Nullable Long partnerId, @Nullable ResponseState state) {
    }

    @Override
    public String toString() {
        return "HomeworkItem[id=" + id + "]";
    }
}
