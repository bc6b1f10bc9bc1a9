package app.dyad.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the logins of the people in a case stand, for the counselor's case file and the admin. */
@Service
@PreAuthorize("hasAnyRole('COUNSELOR', 'ADMIN')")
public class SignInStates {

    private final UserAccountRepository accounts;
    private final InvitationRepository invitations;
    private final Clock clock;

    SignInStates(UserAccountRepository accounts, InvitationRepository invitations, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** The state of each given account, in two queries; unknown ids are absent. */
    @Transactional(readOnly = true)
    public Map<Long, SignInState> of(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Set<Long> ids = Set.copyOf(accountIds);
        Set<Long> invited = Set.copyOf(invitations.accountsWithUsableInvitation(ids, now));
        return accounts.findAllById(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, account -> stateOf(account, invited)));
    }

    private static SignInState stateOf(UserAccount account, Set<Long> invited) {
        if (account.status() == AccountStatus.DEACTIVATED) {
            return SignInState.DEACTIVATED;
        }
        if (account.passwordHash() != null) {
            return SignInState.ACTIVE;
        }
        return invited.contains(account.id()) ? SignInState.INVITED : SignInState.INVITATION_EXPIRED;
    }
}
