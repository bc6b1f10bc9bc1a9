package app.dyad.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Names the accounts that still have the demo password instead of printing a stack trace. */
class DemoPasswordInProductionFailureAnalyzer extends AbstractFailureAnalyzer<DemoPasswordInProductionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoPasswordInProductionException cause) {
        return new FailureAnalysis(
                "Dyad's prod profile found accounts whose password is the demo's published one: "
                        + String.join(", ", cause.emails()) + ".",
                "Delete these accounts or deactivate them and issue password resets (e.g. by starting once without "
                        + "the prod profile against a copy), or change their password hash in the database. Demo data "
                        + "belongs only in the embedded database of the default profile.",
                cause);
    }
}
