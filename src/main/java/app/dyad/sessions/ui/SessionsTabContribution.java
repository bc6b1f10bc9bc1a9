package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.spi.ui.CaseTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the sessions tab on the couple's page. */
@SpringComponent
class SessionsTabContribution implements CaseTab {

    private final Scheduling scheduling;
    private final ClinicCalendar calendar;

    SessionsTabContribution(Scheduling scheduling, ClinicCalendar calendar) {
        this.scheduling = scheduling;
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
        return new SessionsTab(scheduling, calendar, coupleId);
    }
}
