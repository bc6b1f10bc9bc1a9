package app.dyad.base.ui;

import app.dyad.base.ClinicCalendar;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every page speaks the clinic's locale, not the browser's: the date pickers, the grids and the texts write a date
 * one way in the whole clinic (a US browser beside +44 phone numbers wrote US dates before).
 */
@Component
class ClinicLocale implements VaadinServiceInitListener {

    private final ClinicCalendar calendar;

    ClinicLocale(ClinicCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(calendar.locale()));
    }
}
