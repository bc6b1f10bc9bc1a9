package app.dyad.base.db;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production setting into a short, readable start-up failure instead of a stack trace. */
class MissingProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
        List<String> description = new ArrayList<>();
        if (!cause.missing().isEmpty()) {
            description.add("Dyad's prod profile needs these environment variables, but they are not set: "
                    + String.join(", ", cause.missing()) + ".");
        }
        cause.invalid().forEach(problem -> description.add(problem + "."));
        return new FailureAnalysis(
                String.join(System.lineSeparator(), description),
                "Set DYAD_DB_URL (e.g. jdbc:mariadb://db:3306/dyad), DYAD_DB_USER and DYAD_DB_PASSWORD for the "
                        + "external MariaDB, and DYAD_PUBLIC_URL to the https address people open Dyad at "
                        + "(e.g. https://dyad.example.org; invitation links start with it), DYAD_MAIL_HOST and "
                        + "DYAD_MAIL_FROM for the mail server (e.g. smtp.example.org and Dyad <dyad@example.org>; "
                        + "DYAD_MAIL_PORT, DYAD_MAIL_USER and DYAD_MAIL_PASSWORD as it needs; STARTTLS unless "
                        + "DYAD_MAIL_STARTTLS=false), DYAD_SECRET_KEY to 32 random bytes in Base64 that seal "
                        + "authenticator secrets (openssl rand -base64 32; keep it apart from database backups), "
                        + "or start without the prod profile to use the embedded demo database.",
                cause);
    }
}
