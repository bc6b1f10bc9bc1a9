package app.dyad.exercises;

import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one function that decides what a requester may see of homework: a response (draft or submitted) and a
 * piece of feedback. Every read path of {@link HomeworkService} filters through it; the property test
 * checks it against random histories.
 */
final class Disclosure {

    private Disclosure() {}

    /** The facts about a response that its disclosure depends on. */
    record ResponseFacts(@Nullable Long authorPartnerId, ResponseState state) {

        boolean isJoint() {
            return authorPartnerId == null;
        }
    }

    /**
     * Whether the requester may read this response of an assignment of {@code coupleId} with {@code visibility},
     * given all responses of that assignment.
     */
    static boolean mayRead(
            Requester requester,
            long coupleId,
            Visibility visibility,
            ResponseFacts response,
            Collection<ResponseFacts> allResponses) {
        return switch (requester) {
            case Requester.Outsider outsider -> false;
            // the counselor reads what was handed in, never a partner's unfinished draft
            case Requester.Counselor counselor ->
                counselor.coupleId() == coupleId && response.state() == ResponseState.SUBMITTED;
            case Requester.Partner partner ->
                partner.coupleId() == coupleId
                        && partnerMayRead(partner.partnerId(), visibility, response, allResponses);
        };
    }

    private static boolean partnerMayRead(
            long partnerId, Visibility visibility, ResponseFacts response, Collection<ResponseFacts> allResponses) {
        if (response.isJoint() || Objects.equals(response.authorPartnerId(), partnerId)) {
            return true; // one's own answer, or the couple's joint one
        }
        if (response.state() != ResponseState.SUBMITTED) {
            return false; // never the partner's draft
        }
        return switch (visibility) {
            case COUNSELOR_ONLY -> false;
            case SHARED -> true;
            case REVEAL_TOGETHER ->
                allResponses.stream()
                        .anyMatch(own -> Objects.equals(own.authorPartnerId(), partnerId)
                                && own.state() == ResponseState.SUBMITTED);
        };
    }

    /** Whether the requester may read feedback addressed to one partner ({@code toPartnerId}) or to both (null). */
    static boolean mayReadFeedback(Requester requester, long coupleId, @Nullable Long toPartnerId) {
        return switch (requester) {
            case Requester.Outsider outsider -> false;
            case Requester.Counselor counselor -> counselor.coupleId() == coupleId;
            case Requester.Partner partner ->
                partner.coupleId() == coupleId && (toPartnerId == null || toPartnerId == partner.partnerId());
        };
    }
}
