package app.dyad.identity;

import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates accounts with a known password for tests, and signs them in. */
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private String hash;

    public TestAccounts(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transactions,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The account with this email, created (active, with {@link #PASSWORD}) if it does not exist yet. */
    public SignedInUser ensure(String email, String displayName, Role role) {
        return transactions.execute(status -> {
            UserAccount account = accounts.findByEmail(UserAccount.normaliseEmail(email))
                    .orElseGet(() -> {
                        UserAccount created = new UserAccount(email, displayName, role, clock.instant());
                        created.setPasswordHash(passwordHash());
                        return accounts.save(created);
                    });
            return new SignedInUser(account.id(), account.email(), account.displayName(), account.role());
        });
    }

    public SignedInUser signInAs(String email, String displayName, Role role) {
        SignedInUser user = ensure(email, displayName, role);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    private synchronized String passwordHash() {
        if (hash == null) {
            hash = passwordEncoder.encode(PASSWORD);
        }
        return hash;
    }
}
