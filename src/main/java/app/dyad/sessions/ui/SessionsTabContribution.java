package app.dyad.sessions.ui;

import app.dyad.base.ui.CaseTab;
import app.dyad.sessions.SessionService;
import app.dyad.base.ClinicCalendar;

/** Puts the sessions tab on the couple's page. */
@org.springframework.stereotype.Component
class SessionsTabContribution implements CaseTab {

    private final SessionService sessions;
    private final ClinicCalendar calendar;

    SessionsTabContribution(SessionService sessions, ClinicCalendar calendar) {
        this.sessions = sessions;
        this.calendar = calendar;
    }

    @Override
    public String titleKey() {
        return "couple.tab.sessions";
    }

    @Override
    public com.vaadin.flow.component.Component create(long coupleId) {
        return new SessionsTab(sessions, calendar, coupleId);
    }
}
