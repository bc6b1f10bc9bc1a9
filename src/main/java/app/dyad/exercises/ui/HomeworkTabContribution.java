package app.dyad.exercises.ui;

import app.dyad.base.ui.CaseTab;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkService;
import app.dyad.base.ClinicCalendar;

/** Puts the homework tab on the couple's page. */
@org.springframework.stereotype.Component
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
    public String titleKey() {
        return "couple.tab.homework";
    }

    @Override
    public com.vaadin.flow.component.Component create(long coupleId) {
        return new HomeworkTab(homework, library, calendar, coupleId);
    }
}
