package app.dyad.couples;

import app.dyad.identity.AccountNames;
import app.dyad.identity.SignInState;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A partner's space as that partner sees it, built in one place for the partner's own home and for the counselor's
 * record "for this partner", so both show exactly the same goals.
 */
@Component
class PartnerSpaces {

    private final GoalRepository goals;
    private final AccountNames names;

    PartnerSpaces(GoalRepository goals, AccountNames names) {
        this.goals = goals;
        this.names = names;
    }

    /** The space of {@code me}, a partner of {@code couple} (loaded with its partners). */
    MySpace of(Couple couple, Partner me) {
        Partner other = couple.partner(me.position() == 1 ? 2 : 1);
        List<GoalView> visible = goals.findByCouple(couple).stream()
                .filter(goal -> goal.visibleToPartner(me.id()))
                .map(Goal::view)
                .toList();
        String counselor = names.of(List.of(couple.counselorId())).getOrDefault(couple.counselorId(), "");
        return new MySpace(
                couple.id(),
                couple.caseName(),
                counselor,
                other.details().callName(),
                me.view(SignInState.ACTIVE),
                visible.stream().filter(GoalView::isCoupleGoal).toList(),
                visible.stream()
                        .filter(g -> Objects.equals(g.partnerId(), me.id()))
                        .toList(),
                visible.stream()
                        .filter(g -> Objects.equals(g.partnerId(), other.id()))
                        .toList());
    }
}
