package app.dyad.identity;

import app.dyad.mail.ReminderChoice;
import app.dyad.mail.ReminderPreferences;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's reminder choices on their account page: identity says who they are and what role they have
 * (so a client sees the client kinds only), mail keeps the choices. An admin gets no reminders and sees none.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COUNSELOR', 'CLIENT')")
public class MyReminders {

    private final CurrentUser currentUser;
    private final ReminderPreferences preferences;

    MyReminders(CurrentUser currentUser, ReminderPreferences preferences) {
        this.currentUser = currentUser;
        this.preferences = preferences;
    }

    /** The kinds of reminder for the caller's role, each on or off. */
    @Transactional(readOnly = true)
    public List<ReminderChoice> choices() {
        SignedInUser me = currentUser.require();
        return preferences.choicesOf(me.accountId(), me.role().name());
    }

    /** Turns one of the caller's kinds on or off. */
    @Transactional
    public void choose(String kind, boolean on) {
        SignedInUser me = currentUser.require();
        preferences.choose(me.accountId(), me.role().name(), kind, on);
    }
}
