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
        boolean ownSubmitted = allResponses.stream()
                .anyMatch(own ->
                        Objects.equals(own.authorPartnerId(), partnerId) && own.state() == ResponseState.SUBMITTED);
        return visibility.letsPartnerRead(response.state() == ResponseState.SUBMITTED, ownSubmitted);
    }

    /**
     * Whether the requester may read feedback addressed to one partner ({@code toPartnerId}) or to both (null) on an
     * assignment of {@code coupleId}, given all its responses. Feedback to both on a reveal-together assignment
     * answered separately replies to answers the partners see only together, so it reaches a partner only once
     * that partner may read both answers.
     */
    static boolean mayReadFeedback(
            Requester requester,
            long coupleId,
            Visibility visibility,
            Audience audience,
            @Nullable Long toPartnerId,
            Collection<ResponseFacts> allResponses) {
        return switch (requester) {
            case Requester.Outsider outsider -> false;
            case Requester.Counselor counselor -> counselor.coupleId() == coupleId;
            case Requester.Partner partner ->
                partner.coupleId() == coupleId
                        && partnerMayReadFeedback(partner.partnerId(), visibility, audience, toPartnerId, allResponses);
        };
    }

    private static boolean partnerMayReadFeedback(
            long partnerId,
            Visibility visibility,
            Audience audience,
            @Nullable Long toPartnerId,
            Collection<ResponseFacts> allResponses) {
        if (toPartnerId != null) {
            return toPartnerId == partnerId; // addressed to them: theirs at once, never the other's
        }
        if (visibility != Visibility.REVEAL_TOGETHER || audience != Audience.BOTH_SEPARATELY) {
            // a joint answer is both partners' own, a one-partner assignment reaches its partner only: nothing to wait
            // for
            return true;
        }
        return readsBothAnswers(partnerId, visibility, allResponses);
    }

    private static boolean readsBothAnswers(
            long partnerId, Visibility visibility, Collection<ResponseFacts> allResponses) {
        return allResponses.stream()
                        .filter(r -> !r.isJoint() && partnerMayRead(partnerId, visibility, r, allResponses))
                        .map(ResponseFacts::authorPartnerId)
                        .distinct()
                        .count()
                >= 2;
    }
}
