package app.dyad.records;

import app.dyad.couples.CoupleService;
import app.dyad.couples.GoalView;
import app.dyad.couples.MyCouple;
import app.dyad.couples.MySpace;
import app.dyad.records.spi.RecordScope;
import app.dyad.records.spi.RecordSection;
import app.dyad.records.spi.RecordWriter;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The couple's goals and each partner's: in a partner's record only those the partner may see. */
@Component
class GoalsSection implements RecordSection {

    private final MyCouple myCouple;
    private final CoupleService couples;

    GoalsSection(MyCouple myCouple, CoupleService couples) {
        this.myCouple = myCouple;
        this.couples = couples;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String key() {
        return "goals";
    }

    @Override
    public String headingKey() {
        return "records.section.goals";
    }

    @Override
    public boolean includedIn(RecordScope scope) {
        return true;
    }

    @Override
    public void write(RecordScope scope, RecordWriter out) {
        List<GoalView> goals;
        if (scope.everything()) {
            goals = couples.getCouple(scope.coupleId()).goals();
        } else {
            MySpace space = scope.partnersOwn()
                    ? myCouple.getMySpace()
                    : couples.spaceAsSeenBy(scope.coupleId(), scope.readerPartnerId());
            goals = Stream.of(space.coupleGoals(), space.myGoals(), space.partnerSharedGoals())
                    .flatMap(List::stream)
                    .toList();
        }
        for (GoalView goal : goals) {
            out.beginEntry();
            out.number("goalId", "records.field.goal-id", goal.id());
            out.text("whose", "records.field.whose", goal.isCoupleGoal() ? null : scope.nameOf(goal.partnerId()));
            out.number("partnerId", "records.field.partner-id", goal.partnerId());
            out.longText("description", "records.field.goal", goal.description());
            out.choice("visibility", "records.field.visibility", goal.visibility(), "goals.visibility.");
            out.date("achievedOn", "records.field.achieved-on", goal.achievedOn());
            out.endEntry();
        }
    }
}
