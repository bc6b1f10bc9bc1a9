package app.dyad.safety;

import app.dyad.couples.spi.CaseAlerts;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload's, agenda's and session page's urgent flag: a couple of the calling counselor with a private message
 * not acknowledged yet. Anyone else gets nothing back — the query itself is filtered by the couple's current counselor.
 */
@Component
class CaseAlertsQuery implements CaseAlerts {

    private final SafetyMessageRepository messages;
    private final CurrentUser currentUser;

    CaseAlertsQuery(SafetyMessageRepository messages, CurrentUser currentUser) {
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> urgent(Collection<Long> coupleIds) {
        SignedInUser me = currentUser.find().orElse(null);
        if (coupleIds.isEmpty() || me == null || me.role() != Role.COUNSELOR) {
            return Set.of();
        }
        return messages.urgentFor(coupleIds, me.accountId());
    }
}
