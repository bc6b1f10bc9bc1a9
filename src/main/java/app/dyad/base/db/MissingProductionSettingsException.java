package app.dyad.base.db;

import java.util.List;

/** Start-up in the prod profile without the external database's settings. */
class MissingProductionSettingsException extends RuntimeException {

    private final List<String> missing;

    MissingProductionSettingsException(List<String> missing) {
        super("Missing environment variables for the prod profile: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    List<String> missing() {
        return missing;
    }
}
