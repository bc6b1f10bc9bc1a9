package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.spi.ui.CaseTab;
import app.dyad.sessions.AppointmentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the sessions tab on the couple's page. */
@SpringComponent
class SessionsTabContribution implements CaseTab {

    private final AppointmentService sessions;
    private final ClinicCalendar calendar;

    SessionsTabContribution(AppointmentService sessions, ClinicCalendar calendar) {
        this.sessions = sessions;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "couple.tab.sessions";
    }

    @Override
    public Component create(long coupleId) {
        return new SessionsTab(sessions, calendar, coupleId);
    }
}
