package app.dyad.identity;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Production refuses to start while an account still has the demo's published password, e.g. demo data seeded
 * into this database by an older version. It runs after the migrations and before the web server takes requests.
 * Only the accounts such a password would matter most on, or could have come from the demo, are checked: each
 * check is a deliberately slow Argon2 comparison, so checking every client would make start-up grow with the clinic.
 */
@Component
@Profile("prod")
class DemoPasswordCheck implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = DemoPassword.VALUE;

    /** The demo's accounts all live at this domain. */
    static final String DEMO_DOMAIN_PATTERN = "%@dyad.demo";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoPasswordCheck(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> guardedByTheDemoPassword =
                accounts.findDemoPasswordSuspects(Role.ADMIN, DEMO_DOMAIN_PATTERN).stream()
                        .filter(account -> passwordEncoder.matches(DEMO_PASSWORD, account.passwordHash()))
                        .map(UserAccount::email)
                        .toList();
        if (!guardedByTheDemoPassword.isEmpty()) {
            throw new DemoPasswordInProductionException(guardedByTheDemoPassword);
        }
    }
}
