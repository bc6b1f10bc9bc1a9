package app.dyad.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
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
    void everyRandomSituationShowsFeedbackExactlyAsThePromiseAllows() {
        Random random = new Random(13);
        int cases = Integer.getInteger("dyad.disclosure.cases", 50_000);
        for (int i = 0; i < cases; i++) {
            Visibility visibility = Visibility.values()[random.nextInt(3)];
            Audience audience = Audience.values()[random.nextInt(3)];
            List<Disclosure.ResponseFacts> all = new ArrayList<>();
            for (Long author : audience == Audience.JOINT ? new Long[] {null} : new Long[] {ALEX, SAM}) {
                if (random.nextInt(3) > 0) {
                    all.add(new Disclosure.ResponseFacts(author, ResponseState.values()[random.nextInt(2)]));
                }
            }
            Long to = new Long[] {ALEX, SAM, null}[random.nextInt(3)];
            long ofCouple = random.nextBoolean() ? COUPLE : COUPLE + 1;
            for (long requester : new long[] {ALEX, SAM}) {
                boolean expected = ofCouple == COUPLE && feedbackPromise(requester, visibility, audience, to, all);
                assertThat(Disclosure.mayReadFeedback(
                                new Requester.Partner(ofCouple, requester), COUPLE, visibility, audience, to, all))
                        .as("%s reads feedback to %s under %s, %s among %s", requester, to, visibility, audience, all)
                        .isEqualTo(expected);
            }
            assertThat(Disclosure.mayReadFeedback(
                            new Requester.Counselor(ofCouple), COUPLE, visibility, audience, to, all))
                    .isEqualTo(ofCouple == COUPLE);
            assertThat(Disclosure.mayReadFeedback(new Requester.Outsider(), COUPLE, visibility, audience, to, all))
                    .isFalse();
        }
    }

    /** Issue 10's words: feedback to one partner is theirs at once and never the other's; feedback to both reaches
     *  both at once, except on a reveal-together assignment answered separately: there only once both submitted. */
    private static boolean feedbackPromise(
            long requester,
            Visibility visibility,
            Audience audience,
            @Nullable Long to,
            List<Disclosure.ResponseFacts> all) {
        if (to != null) {
            return to == requester;
        }
        if (visibility != Visibility.REVEAL_TOGETHER || audience != Audience.BOTH_SEPARATELY) {
            return true;
        }
        return submitted(ALEX, all) && submitted(SAM, all);
    }

    private static boolean submitted(long partner, List<Disclosure.ResponseFacts> all) {
        return all.stream()
                .anyMatch(r -> r.authorPartnerId() != null
                        && r.authorPartnerId() == partner
                        && r.state() == ResponseState.SUBMITTED);
    }

    @Test
    void feedbackToBothOnRevealTogetherWaitsUntilBothSubmitted() {
        var alexSubmitted = new Disclosure.ResponseFacts(ALEX, ResponseState.SUBMITTED);
        var samDraft = new Disclosure.ResponseFacts(SAM, ResponseState.DRAFT);
        var samSubmitted = new Disclosure.ResponseFacts(SAM, ResponseState.SUBMITTED);
        var reveal = Visibility.REVEAL_TOGETHER;
        var separately = Audience.BOTH_SEPARATELY;
        // Sam has not answered: neither partner reads the reply to both yet (Alex would see it before Sam too)
        assertThat(Disclosure.mayReadFeedback(
                        new Requester.Partner(COUPLE, SAM), COUPLE, reveal, separately, null, List.of(alexSubmitted)))
                .isFalse();
        assertThat(Disclosure.mayReadFeedback(
                        new Requester.Partner(COUPLE, ALEX),
                        COUPLE,
                        reveal,
                        separately,
                        null,
                        List.of(alexSubmitted, samDraft)))
                .isFalse();
        // feedback addressed to Alex is Alex's at once
        assertThat(Disclosure.mayReadFeedback(
                        new Requester.Partner(COUPLE, ALEX), COUPLE, reveal, separately, ALEX, List.of(alexSubmitted)))
                .isTrue();
        // both submitted: both read it
        for (long partner : new long[] {ALEX, SAM}) {
            assertThat(Disclosure.mayReadFeedback(
                            new Requester.Partner(COUPLE, partner),
                            COUPLE,
                            reveal,
                            separately,
                            null,
                            List.of(alexSubmitted, samSubmitted)))
                    .isTrue();
        }
        // the counselor reads it all along
        assertThat(Disclosure.mayReadFeedback(
                        new Requester.Counselor(COUPLE), COUPLE, reveal, separately, null, List.of()))
                .isTrue();
    }

    @Test
    void feedbackReachesOnlyItsAddresseeOrBothAndNeverAnotherCouple() {
        var shared = Visibility.SHARED;
        var separately = Audience.BOTH_SEPARATELY;
        List<Disclosure.ResponseFacts> none = List.of();
        assertThat(Disclosure.mayReadFeedback(
                        new Requester.Partner(COUPLE, ALEX), COUPLE, shared, separately, ALEX, none))
                .isTrue();
        assertThat(Disclosure.mayReadFeedback(
                        new Requester.Partner(COUPLE, SAM), COUPLE, shared, separately, ALEX, none))
                .isFalse();
        assertThat(Disclosure.mayReadFeedback(
                        new Requester.Partner(COUPLE, SAM), COUPLE, shared, separately, null, none))
                .isTrue();
        assertThat(Disclosure.mayReadFeedback(
                        new Requester.Partner(COUPLE + 1, SAM), COUPLE, shared, separately, null, none))
                .isFalse();
        assertThat(Disclosure.mayReadFeedback(new Requester.Counselor(COUPLE), COUPLE, shared, separately, ALEX, none))
                .isTrue();
        assertThat(Disclosure.mayReadFeedback(new Requester.Outsider(), COUPLE, shared, separately, null, none))
                .isFalse();
    }
}
