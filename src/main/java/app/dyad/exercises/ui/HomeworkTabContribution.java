package app.dyad.exercises.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.spi.ui.CaseTab;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the homework tab on the couple's page. */
@SpringComponent
class HomeworkTabContribution implements CaseTab {

    private final HomeworkService homework;
    private final ExerciseLibrary library;
    private final ClinicCalendar calendar;

    HomeworkTabContribution(HomeworkService homework, ExerciseLibrary library, ClinicCalendar calendar) {
        this.homework = homework;
        this.library = library;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "couple.tab.homework";
    }

    @Override
    public Component create(long coupleId) {
        return new HomeworkTab(homework, library, calendar, coupleId);
    }
}
