package app.dyad.mail;

import app.dyad.mail.UnsubscribeTokens.Subscription;
import app.dyad.mail.spi.ReminderKind;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-click link at the foot of every reminder: it works without signing in (a person reading mail on a phone
 * should not need their password to stop it), and only for the person and kind its signature names. Anyone holding
 * the link can do no more than turn that one kind off or on again for that person.
 */
@Service
@PreAuthorize("permitAll()")
public class Unsubscribe {

    /** The page a reminder's footer links to, followed by the token. */
    public static final String PAGE_PATH = "unsubscribe/";

    /** Where a mail program's one-click button posts (RFC 8058), followed by the token; opened, it shows the page. */
    public static final String ONE_CLICK_PATH = "/mail/unsubscribe/";

    private final UnsubscribeTokens tokens;
    private final ReminderKinds kinds;
    private final ReminderPreferences preferences;

    Unsubscribe(UnsubscribeTokens tokens, ReminderKinds kinds, ReminderPreferences preferences) {
        this.tokens = tokens;
        this.kinds = kinds;
        this.preferences = preferences;
    }

    /** The name (translation key) of the kind the link names, changing nothing; empty for a link that is not valid. */
    @Transactional(readOnly = true)
    public Optional<String> kindOf(String token) {
        return tokens.read(token).flatMap(s -> kinds.byCode(s.kind()).map(ReminderKind::labelKey));
    }

    /** Turns off the kind the link names; its name's translation key, or empty for a link that is not valid. */
    @Transactional
    public Optional<String> turnOff(String token) {
        return change(token, false);
    }

    /** Turns the link's kind back on; its name's translation key, or empty for a link that is not valid. */
    @Transactional
    public Optional<String> turnOn(String token) {
        return change(token, true);
    }

    private Optional<String> change(String token, boolean on) {
        Optional<Subscription> subscription = tokens.read(token);
        return subscription.flatMap(s -> kinds.byCode(s.kind()).map(kind -> {
            preferences.store(s.accountId(), s.kind(), on);
            return kind.labelKey();
        }));
    }
}
