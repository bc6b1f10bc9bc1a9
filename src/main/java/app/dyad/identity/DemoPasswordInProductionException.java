package app.dyad.identity;

import java.util.List;

/** Start-up in the prod profile while accounts still have the demo's published password. */
class DemoPasswordInProductionException extends RuntimeException {

    private final List<String> emails;

    DemoPasswordInProductionException(List<String> emails) {
        super("Accounts with the demo's published password: " + String.join(", ", emails));
        this.emails = List.copyOf(emails);
    }

    List<String> emails() {
        return emails;
    }
}
