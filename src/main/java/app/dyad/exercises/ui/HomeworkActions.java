package app.dyad.exercises.ui;

import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;

/**
 * The homework dialogs other modules open (the session note's Plan assigns exercises; its homework review reads
 * answers). Exported by the exercises module as its "homework-actions" interface; it checks access itself.
 */
@NamedInterface("homework-actions")
public interface HomeworkActions {

    /** Opens the assign-an-exercise dialog for this couple; {@code assigned} gets a line saying what was assigned. */
    void openAssign(long coupleId, Consumer<String> assigned);

    /** Opens the answers of one of this couple's assignments, as their counselor may read them. */
    void openAnswers(long assignmentId);
}
