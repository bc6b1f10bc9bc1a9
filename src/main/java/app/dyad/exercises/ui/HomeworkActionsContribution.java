package app.dyad.exercises.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkService;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.function.Consumer;

/** Lets other features open the assign dialog and an assignment's answers, with the homework tab's own dialogs. */
@SpringComponent
class HomeworkActionsContribution implements HomeworkActions {

    private final HomeworkService homework;
    private final ExerciseLibrary library;
    private final ClinicCalendar calendar;

    HomeworkActionsContribution(HomeworkService homework, ExerciseLibrary library, ClinicCalendar calendar) {
        this.homework = homework;
        this.library = library;
        this.calendar = calendar;
    }

    @Override
    public void openAssign(long coupleId, Consumer<String> assigned) {
        AssignDialog dialog =
                new AssignDialog(homework, library, homework.partnersOf(coupleId), calendar.today(), () -> {});
        dialog.whenAssigned(assigned);
        dialog.open();
    }

    @Override
    public void openAnswers(long assignmentId) {
        HomeworkItem item = homework.homeworkItem(assignmentId);
        new AnswersDialog(homework, library, homework.partnersOf(item.coupleId()), item, () -> {}).open();
    }
}
