package app.dyad.mail.spi;

import java.util.Collection;
import java.util.Map;

/** Where reminders go: the sign-in address of each active account (identity answers; mail knows no accounts). */
public interface Recipients {

    /** The address of each of these accounts that is active; deactivated ones are left out. */
    Map<Long, String> activeAddresses(Collection<Long> accountIds);
}
