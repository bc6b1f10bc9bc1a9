package app.dyad.base.db;

import java.util.ArrayList;
import java.util.List;

/** Start-up in the prod profile without the settings it needs, or with one it cannot use. */
class MissingProductionSettingsException extends RuntimeException {

    private final List<String> missing;
    private final List<String> invalid;

    MissingProductionSettingsException(List<String> missing) {
        this(missing, List.of());
    }

    MissingProductionSettingsException(List<String> missing, List<String> invalid) {
        super(message(missing, invalid));
        this.missing = List.copyOf(missing);
        this.invalid = List.copyOf(invalid);
    }

    private static String message(List<String> missing, List<String> invalid) {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("Missing environment variables for the prod profile: " + String.join(", ", missing));
        }
        parts.addAll(invalid);
        return String.join("; ", parts);
    }

    /** Names of the environment variables that are not set. */
    List<String> missing() {
        return missing;
    }

    /** One sentence per setting that is set but cannot be used, naming the variable and why. */
    List<String> invalid() {
        return invalid;
    }
}
