package app.dyad.base.ui;

import java.util.function.Consumer;

/**
 * The homework dialogs other features open (the session note's Plan assigns exercises; its homework review reads
 * answers). Declared here and implemented by the exercises module, which checks access itself.
 */
public interface HomeworkActions {

    /** Opens the assign-an-exercise dialog for this couple; {@code assigned} gets a line saying what was assigned. */
    void openAssign(long coupleId, Consumer<String> assigned);

    /** Opens the answers of one of this couple's assignments, as their counselor may read them. */
    void openAnswers(long assignmentId);
}
