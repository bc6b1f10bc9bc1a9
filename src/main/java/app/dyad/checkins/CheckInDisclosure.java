package app.dyad.checkins;

import java.util.List;

/**
 * What a partner may see of the couple's check-ins: all of their own, and the other's under homework's rule
 * ({@link app.dyad.exercises.Visibility#letsPartnerRead}): never for "counselor only", and for "reveal together" only
 * the rounds the reader has handed in too, under "reveal together" as well. So a reveal is always mutual: when the
 * plan changed mid-round, neither sees the other's, rather than one seeing what the other never will.
 */
final class CheckInDisclosure {

    private CheckInDisclosure() {}

    static List<CheckIn> visibleTo(long partnerId, List<CheckIn> checkIns) {
        return checkIns.stream()
                .filter(c -> c.partnerId() == partnerId || otherMayBeRead(partnerId, c, checkIns))
                .toList();
    }

    private static boolean otherMayBeRead(long partnerId, CheckIn theirs, List<CheckIn> checkIns) {
        boolean ownSubmitted = checkIns.stream()
                .anyMatch(own -> own.partnerId() == partnerId
                        && own.roundOn().equals(theirs.roundOn())
                        && own.isSubmitted()
                        // a reveal is mutual: the reader's own was given under the same rule
                        && own.visibility() == theirs.visibility());
        return theirs.visibility().letsPartnerRead(theirs.isSubmitted(), ownSubmitted);
    }
}
