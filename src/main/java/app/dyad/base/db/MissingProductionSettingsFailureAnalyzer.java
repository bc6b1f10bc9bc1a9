package app.dyad.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production setting into a short, readable start-up failure instead of a stack trace. */
class MissingProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
        return new FailureAnalysis(
                "Dyad's prod profile needs an external MariaDB, but these environment variables are not set: "
                        + String.join(", ", cause.missing()) + ".",
                "Set DYAD_DB_URL (e.g. jdbc:mariadb://db:3306/dyad), DYAD_DB_USER and DYAD_DB_PASSWORD, "
                        + "or start without the prod profile to use the embedded demo database.",
                cause);
    }
}
