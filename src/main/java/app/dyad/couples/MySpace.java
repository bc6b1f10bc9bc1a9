package app.dyad.couples;

import java.util.List;

/** What a partner sees of their own case: never the other partner's private goals. */
public record MySpace(
        long coupleId,
        String caseName,
        String counselorName,
        String partnerCallName,
        PartnerView me,
        List<GoalView> coupleGoals,
        List<GoalView> myGoals,
        List<GoalView> partnerSharedGoals) {
    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "MySpace[…]";
    }
}
