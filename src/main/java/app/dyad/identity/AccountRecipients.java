package app.dyad.identity;

import app.dyad.mail.spi.Recipients;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where mail's reminders go: the sign-in address of each active account; a deactivated person gets no mail. */
@Component
class AccountRecipients implements Recipients {

    /** Ids per query: MariaDB takes long lists, but a clinic-wide run should not build one huge statement. */
    private static final int CHUNK = 1000;

    private final UserAccountRepository accounts;

    AccountRecipients(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> activeAddresses(Collection<Long> accountIds) {
        Map<Long, String> addresses = new HashMap<>();
        List<Long> ids = new ArrayList<>(accountIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row :
                    accounts.addressesOf(ids.subList(from, Math.min(ids.size(), from + CHUNK)), AccountStatus.ACTIVE)) {
                addresses.put((Long) row[0], (String) row[1]);
            }
        }
        return addresses;
    }
}
