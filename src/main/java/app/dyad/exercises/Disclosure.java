package app.dyad.exercises;

import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one function that decides what a reader may see of homework: a response (draft or submitted) and a
 * piece of feedback. Every read path of {@link HomeworkService} filters through it; the property test
 * checks it against random histories.
 */
final class Disclosure {

    private Disclosure() {
    }

    /** The facts about a response that its disclosure depends on. */
    record ResponseFacts(@Nullable Long authorPartnerId, ResponseState state) {

        boolean isJoint() {
            return authorPartnerId == null;
        }
    }

    /**
     * Whether the reader may read this response of an assignment of {@code coupleId} with {@code visibility},
     * given all responses of that assignment.
     */
    static boolean mayRead(Reader reader, long coupleId, Visibility visibility, ResponseFacts response,
            Collection<ResponseFacts> allResponses) {
        return switch (reader) {
            case Reader.Outsider outsider -> false;
            // the counselor reads what was handed in, never a partner's unfinished draft
            case Reader.Counselor counselor -> counselor.coupleId() == coupleId && response.state() == ResponseState.SUBMITTED;
            case Reader.Partner partner -> partner.coupleId() == coupleId && partnerMayRead(partner.partnerId(), visibility,
                    response, allResponses);
        };
    }

    private static boolean partnerMayRead(long partnerId, Visibility visibility, ResponseFacts response,
            Collection<ResponseFacts> allResponses) {
        if (response.isJoint() || Objects.equals(response.authorPartnerId(), partnerId)) {
            return true; // one's own answer, or the couple's joint one
        }
        if (response.state() != ResponseState.SUBMITTED) {
            return false; // never the partner's draft
        }
        return switch (visibility) {
            case COUNSELOR_ONLY -> false;
            case SHARED -> true;
            case REVEAL_TOGETHER -> allResponses.stream().anyMatch(own ->
                    Objects.equals(own.authorPartnerId(), partnerId) && own.state() == ResponseState.SUBMITTED);
        };
    }

    /** Whether the reader may read feedback addressed to one partner ({@code toPartnerId}) or to both (null). */
    static boolean mayReadFeedback(Reader reader, long coupleId, @Nullable Long toPartnerId) {
        return switch (reader) {
            case Reader.Outsider outsider -> false;
            case Reader.Counselor counselor -> counselor.coupleId() == coupleId;
            case Reader.Partner partner -> partner.coupleId() == coupleId
                    && (toPartnerId == null || toPartnerId == partner.partnerId());
        };
    }
}
