package app.dyad.demo;

import app.dyad.checkins.Cadence;
import app.dyad.checkins.CounselorCheckIns;
import app.dyad.checkins.MyCheckIn;
import app.dyad.checkins.MyCheckIns;
import app.dyad.checkins.PlanView;
import app.dyad.exercises.Visibility;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo check-ins through the real services: Jon plans fortnightly check-ins for Robin & Kai, revealed once both have
 * answered, and Robin has answered, so Kai finds one waiting and Jon's Progress tab has a first point. Maya's Alex &
 * Sam have none yet: planning them is the demo's first step.
 */
@Component
@ConditionalOnProperty(name = "dyad.demo.enabled", havingValue = "true")
class DemoCheckIns {

    private final CounselorCheckIns counselor;
    private final MyCheckIns mine;

    DemoCheckIns(CounselorCheckIns counselor, MyCheckIns mine) {
        this.counselor = counselor;
        this.mine = mine;
    }

    void seed(long robinKai, BiConsumer<String, Runnable> as) {
        as.accept(
                "jon@dyad.demo",
                () -> counselor.savePlan(robinKai, Cadence.EVERY_2_WEEKS, Visibility.REVEAL_TOGETHER, PlanView.NEW));
        as.accept("robin@dyad.demo", () -> {
            MyCheckIn open = mine.open().orElseThrow();
            Map<Long, Integer> answers = new HashMap<>();
            // a mixed picture: secure and trusting, less room of their own, CSI-4 just above the cut-off
            int[] balance = {7, 4, 6, 5, 6, 8, 5, 3, 4};
            int[] csi = {3, 4, 3, 4};
            var instruments = open.instruments();
            for (int i = 0; i < instruments.get(0).items().size(); i++) {
                answers.put(instruments.get(0).items().get(i).id(), balance[i]);
            }
            for (int i = 0; i < instruments.get(1).items().size(); i++) {
                answers.put(instruments.get(1).items().get(i).id(), csi[i]);
            }
            mine.submit(open.roundOn(), answers, open.version(), open.visibility());
        });
    }
}
