package app.dyad.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instruments as the migration ships them, scored against hand-computed examples: the CSI-4's published wording,
 * answers and sum (no reversed items), the balance check-in's mean of its eight scored items.
 */
@DyadSpringTest
class InstrumentScoringTest {

    @Autowired
    Instruments instruments;

    private InstrumentView instrument(String code) {
        return instruments.all().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Map<Long, Integer> answers(InstrumentView instrument, int... values) {
        Map<Long, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(instrument.items().get(i).id(), values[i]);
        }
        return answers;
    }

    @Test
    void theCsi4HasItsPublishedWordingAndAnswers() {
        InstrumentView csi = instrument(InstrumentView.CSI4);
        assertThat(csi.items())
                .extracting(ItemView::text)
                .containsExactly(
                        "Please indicate the degree of happiness, all things considered, of your relationship.",
                        "I have a warm and comfortable relationship with my partner.",
                        "How rewarding is your relationship with your partner?",
                        "In general, how satisfied are you with your relationship?");
        assertThat(csi.items().getFirst().answers())
                .containsExactly(
                        "Extremely Unhappy",
                        "Fairly Unhappy",
                        "A Little Unhappy",
                        "Happy",
                        "Very Happy",
                        "Extremely Happy",
                        "Perfect");
        assertThat(csi.items().get(1).answers())
                .containsExactly(
                        "Not at all True",
                        "A little True",
                        "Somewhat True",
                        "Mostly True",
                        "Almost Completely True",
                        "Completely True");
        for (ItemView item : csi.items().subList(2, 4)) {
            assertThat(item.answers())
                    .containsExactly("Not at all", "A little", "Somewhat", "Mostly", "Almost Completely", "Completely");
        }
        // no reversed items: every answer list runs from least to most satisfied, scored 0 upwards
        assertThat(csi.items())
                .allMatch(
                        item -> item.min() == 0 && item.max() == item.answers().size() - 1);
        assertThat(csi.cutoff()).isEqualTo(13.5);
        assertThat(csi.citation()).contains("Funk", "Rogge", "2007", "Journal of Family Psychology", "21(4)");
    }

    @Test
    void theCsi4IsTheSumOfItsFourAnswers() {
        InstrumentView csi = instrument(InstrumentView.CSI4);
        assertThat(csi.score(answers(csi, 0, 0, 0, 0))).isZero();
        assertThat(csi.score(answers(csi, 6, 5, 5, 5))).isEqualTo(21);
        assertThat(csi.score(answers(csi, 3, 3, 3, 3))).as("below the cut-off").isEqualTo(12);
        assertThat(csi.score(answers(csi, 4, 3, 4, 3))).isEqualTo(14);
    }

    @Test
    void aMissingOrOutOfRangeAnswerIsRefusedNotScored() {
        InstrumentView csi = instrument(InstrumentView.CSI4);
        assertThatThrownBy(() -> csi.score(answers(csi, 4, 3, 4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> csi.score(answers(csi, 7, 3, 4, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> csi.score(answers(csi, 4, -1, 4, 3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBalanceCheckInIsTheMeanOfItsEightThemesAndLeavesClosenessOut() {
        InstrumentView balance = instrument(InstrumentView.BALANCE);
        assertThat(balance.citation()).as("Dyad's own, not a published measure").isNull();
        assertThat(balance.about()).contains("not a clinical test");
        assertThat(balance.items()).hasSize(9);
        assertThat(balance.items()).filteredOn(ItemView::inScore).hasSize(8);
        // 7+4+6+5+6+8+5+3 = 44, / 8 = 5.5
        assertThat(balance.score(answers(balance, 7, 4, 6, 5, 6, 8, 5, 3, 0))).isEqualTo(5.5);
        assertThat(balance.score(answers(balance, 7, 4, 6, 5, 6, 8, 5, 3, 10))).isEqualTo(5.5);
        // 1+1+1+1+1+1+1+2 = 9, / 8 = 1.125: one decimal
        assertThat(balance.score(answers(balance, 1, 1, 1, 1, 1, 1, 1, 2, 5))).isEqualTo(1.1);
        assertThat(List.of(
                        balance.items().getLast().lowLabel(),
                        balance.items().getLast().highLabel()))
                .containsExactly("Too close", "Too distant");
    }
}
