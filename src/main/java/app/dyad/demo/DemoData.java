package app.dyad.demo;

import app.dyad.base.PublicUrl;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.DemoAccounts;
import app.dyad.identity.DemoPassword;
import app.dyad.identity.NewAccount;
import app.dyad.identity.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo clinic through the same public API an admin and an invited person use, so demo data
 * can never take a shortcut the product does not have. Idempotent: existing accounts are left alone. Only ever into
 * the embedded database: {@link DemoDatabaseCheck} stops start-up otherwise.
 */
@Component
@ConditionalOnProperty(name = "dyad.demo.enabled", havingValue = "true")
@Import(DemoDatabaseCheck.class)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = DemoPassword.VALUE;

    record DemoAccount(String email, String name, Role role) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@dyad.demo", "Clinic Admin", Role.ADMIN),
            new DemoAccount("maya@dyad.demo", "Maya Lind", Role.COUNSELOR),
            new DemoAccount("jon@dyad.demo", "Jon Reyes", Role.COUNSELOR),
            new DemoAccount("alex@dyad.demo", "Alex Moreau", Role.CLIENT),
            new DemoAccount("sam@dyad.demo", "Sam Moreau", Role.CLIENT),
            new DemoAccount("robin@dyad.demo", "Robin Okafor", Role.CLIENT),
            new DemoAccount("kai@dyad.demo", "Kai Okafor", Role.CLIENT));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountAdminService accountAdmin;
    private final DemoAccounts demoAccounts;
    private final DemoCouples couples;
    private final PublicUrl publicUrl;

    DemoData(AccountAdminService accountAdmin, DemoAccounts demoAccounts, DemoCouples couples, PublicUrl publicUrl) {
        this.accountAdmin = accountAdmin;
        this.demoAccounts = demoAccounts;
        this.couples = couples;
        this.publicUrl = publicUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo-data", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            int created = 0;
            for (DemoAccount demo : ACCOUNTS) {
                if (accountAdmin.findAccountByEmail(demo.email()).isEmpty()) {
                    // the invitation is mailed (the demo's Outbox shows it); the demo sets its published password
                    accountAdmin.createAccount(new NewAccount(demo.name(), demo.email(), demo.role()));
                    demoAccounts.setDemoPassword(demo.email());
                    created++;
                }
            }
            if (created > 0) {
                supervision();
            }
            log.info(
                    "Demo data: {} account(s) created; couples {}",
                    created,
                    couples.seed() ? "created" : "already there");
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        printLogins();
    }

    /** Maya supervises Jon, so Jon's notes signed by the demo wait in Maya's "To co-sign". */
    private void supervision() {
        long maya =
                accountAdmin.findAccountByEmail("maya@dyad.demo").orElseThrow().id();
        long jon =
                accountAdmin.findAccountByEmail("jon@dyad.demo").orElseThrow().id();
        accountAdmin.setSupervision(maya, true, null);
        accountAdmin.setSupervision(jon, false, maya);
    }

    private void printLogins() {
        StringBuilder text = new StringBuilder("\n\n  Dyad is running at ")
                .append(publicUrl.of(""))
                .append("\n  Demo sign-ins (password for all: ")
                .append(PASSWORD)
                .append("):\n");
        for (DemoAccount demo : ACCOUNTS) {
            text.append(String.format("    %-18s %-10s %s%n", demo.email(), demo.role(), demo.name()));
        }
        log.info(text.toString());
    }
}
