package app.dyad.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why start-up stopped when demo data was asked for outside the embedded database. */
class DemoNotAllowedFailureAnalyzer extends AbstractFailureAnalyzer<DemoNotAllowedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoNotAllowedException cause) {
        return new FailureAnalysis(
                "dyad.demo.enabled is true, but " + cause.reason() + ". The demo accounts share a published "
                        + "password, so they are only ever created in the embedded MariaDB.",
                "Remove dyad.demo.enabled (or set it to false) for a real database, "
                        + "or start without the prod profile and without a datasource setting to try the demo.",
                cause);
    }
}
