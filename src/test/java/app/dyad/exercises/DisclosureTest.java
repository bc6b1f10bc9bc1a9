package app.dyad.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The disclosure rule itself, over many thousands of random situations, against the product's promise. */
class DisclosureTest {

    private static final long COUPLE = 7;
    private static final long ALEX = 71;
    private static final long SAM = 72;

    @Test
    void everyRandomSituationDisclosesExactlyWhatThePromiseAllows() {
        Random random = new Random(11);
        int cases = Integer.getInteger("dyad.disclosure.cases", 50_000);
        for (int i = 0; i < cases; i++) {
            Visibility visibility = Visibility.values()[random.nextInt(3)];
            List<Disclosure.ResponseFacts> all = new ArrayList<>();
            for (Long author : new Long[] {ALEX, SAM, null}) {
                if (random.nextInt(3) > 0) {
                    all.add(new Disclosure.ResponseFacts(author, ResponseState.values()[random.nextInt(2)]));
                }
            }
            long otherCouple = random.nextBoolean() ? COUPLE : COUPLE + 1;
            for (Disclosure.ResponseFacts response : all) {
                for (long requester : new long[] {ALEX, SAM}) {
                    boolean expected = otherCouple == COUPLE && promise(requester, visibility, response, all);
                    assertThat(Disclosure.mayRead(
                                    new Requester.Partner(otherCouple, requester), COUPLE, visibility, response, all))
                            .as("%s reads %s under %s among %s", requester, response, visibility, all)
                            .isEqualTo(expected);
                }
                assertThat(Disclosure.mayRead(new Requester.Counselor(otherCouple), COUPLE, visibility, response, all))
                        .isEqualTo(otherCouple == COUPLE && response.state() == ResponseState.SUBMITTED);
                assertThat(Disclosure.mayRead(new Requester.Outsider(), COUPLE, visibility, response, all))
                        .isFalse();
            }
        }
    }

    /** ARCHITECTURE.md's words: own and joint answers always; the partner's only once submitted, and then only
     *  if SHARED, or REVEAL_TOGETHER once the requester submitted too; COUNSELOR_ONLY never. */
    private static boolean promise(
            long requester,
            Visibility visibility,
            Disclosure.ResponseFacts response,
            List<Disclosure.ResponseFacts> all) {
        if (response.authorPartnerId() == null || response.authorPartnerId() == requester) {
            return true;
        }
        boolean partnerSubmitted = response.state() == ResponseState.SUBMITTED;
        boolean requesterSubmitted = all.stream()
                .anyMatch(r -> r.authorPartnerId() != null
                        && r.authorPartnerId() == requester
                        && r.state() == ResponseState.SUBMITTED);
        return switch (visibility) {
            case COUNSELOR_ONLY -> false;
            case SHARED -> partnerSubmitted;
            case REVEAL_TOGETHER -> partnerSubmitted && requesterSubmitted;
        };
    }

    @Test
    void feedbackReachesOnlyItsAddresseeOrBothAndNeverAnotherCouple() {
        assertThat(Disclosure.mayReadFeedback(new Requester.Partner(COUPLE, ALEX), COUPLE, ALEX))
                .isTrue();
        assertThat(Disclosure.mayReadFeedback(new Requester.Partner(COUPLE, SAM), COUPLE, ALEX))
                .isFalse();
        assertThat(Disclosure.mayReadFeedback(new Requester.Partner(COUPLE, SAM), COUPLE, null))
                .isTrue();
        assertThat(Disclosure.mayReadFeedback(new Requester.Partner(COUPLE + 1, SAM), COUPLE, null))
                .isFalse();
        assertThat(Disclosure.mayReadFeedback(new Requester.Counselor(COUPLE), COUPLE, ALEX))
                .isTrue();
        assertThat(Disclosure.mayReadFeedback(new Requester.Outsider(), COUPLE, null))
                .isFalse();
    }
}
