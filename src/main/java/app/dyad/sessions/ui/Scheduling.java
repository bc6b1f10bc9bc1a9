package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleService;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.SessionSeries;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The services the schedule dialog calls: single sessions, series, and the caseload to choose a couple from. */
@SpringComponent
class Scheduling {

    private final AppointmentService sessions;
    private final SessionSeries series;
    private final CoupleService couples;
    private final ClinicCalendar calendar;

    Scheduling(AppointmentService sessions, SessionSeries series, CoupleService couples, ClinicCalendar calendar) {
        this.sessions = sessions;
        this.series = series;
        this.couples = couples;
        this.calendar = calendar;
    }

    ClinicCalendar calendar() {
        return calendar;
    }

    AppointmentService sessions() {
        return sessions;
    }

    SessionSeries series() {
        return series;
    }

    CoupleService couples() {
        return couples;
    }
}
