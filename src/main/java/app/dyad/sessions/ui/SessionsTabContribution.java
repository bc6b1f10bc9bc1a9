package app.dyad.sessions.ui;

import app.dyad.base.ui.CaseTab;
import app.dyad.sessions.SessionService;
import java.time.Clock;

/** Puts the sessions tab on the couple's page. */
@org.springframework.stereotype.Component
class SessionsTabContribution implements CaseTab {

    private final SessionService sessions;
    private final Clock clock;

    SessionsTabContribution(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "couple.tab.sessions";
    }

    @Override
    public com.vaadin.flow.component.Component create(long coupleId) {
        return new SessionsTab(sessions, clock, coupleId);
    }
}
