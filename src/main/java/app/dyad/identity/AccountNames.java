package app.dyad.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People's display names (a counselor's on a client's home, a signer's under a note): any signed-in person. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COUNSELOR', 'CLIENT')")
public class AccountNames {

    private final UserAccountRepository accounts;

    AccountNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Display names of the given accounts, in one query; unknown ids are absent. */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(Set.copyOf(accountIds)).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
    }
}
