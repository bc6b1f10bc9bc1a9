package app.dyad.demo;

import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.PromptKind;
import app.dyad.exercises.Visibility;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo homework in every state: not started, draft, submitted, due today (overdue from tomorrow: a due date already
 * past cannot be assigned), revealed to both, waiting for the partner, with feedback, and cancelled — done through
 * the real services as Maya, Jon and the partners.
 */
@Component
@ConditionalOnProperty(name = "dyad.demo.enabled", havingValue = "true")
class DemoHomework {

    private final HomeworkService homework;
    private final MyHomework myHomework;
    private final ExerciseLibrary library;

    DemoHomework(HomeworkService homework, MyHomework myHomework, ExerciseLibrary library) {
        this.homework = homework;
        this.myHomework = myHomework;
        this.library = library;
    }

    void seed(long alexSam, long robinKai, LocalDate today, BiConsumer<String, Runnable> as) {
        long[] ids = new long[6];
        as.accept("maya@dyad.demo", () -> {
            ids[0] = assign(
                    alexSam,
                    "A week of evening check-ins",
                    Audience.BOTH_SEPARATELY,
                    Visibility.COUNSELOR_ONLY,
                    today.plusDays(3));
            ids[1] = assign(
                    alexSam,
                    "Monthly balance conversation",
                    Audience.BOTH_SEPARATELY,
                    Visibility.REVEAL_TOGETHER,
                    today.plusDays(5));
            ids[2] = assign(alexSam, "Interests of your own", Audience.BOTH_SEPARATELY, Visibility.SHARED, today);
            ids[3] = assign(
                    alexSam, "A device-free hour together", Audience.JOINT, Visibility.SHARED, today.plusDays(10));
        });
        as.accept("jon@dyad.demo", () -> {
            ids[4] = assign(
                    robinKai, "Small promises log", Audience.BOTH_SEPARATELY, Visibility.SHARED, today.plusDays(7));
            ids[5] = assign(
                    robinKai,
                    "Map your support network",
                    Audience.BOTH_SEPARATELY,
                    Visibility.COUNSELOR_ONLY,
                    today.plusDays(14));
        });
        as.accept("alex@dyad.demo", () -> {
            myHomework.submit(
                    ids[0],
                    answerTo(ids[0], "Ten minutes after dinner most nights; Thursday we skipped it."),
                    MyHomework.NO_ANSWER_YET);
            myHomework.submit(
                    ids[1],
                    answerTo(ids[1], "Weekends feel crowded; weekday evenings are lovely."),
                    MyHomework.NO_ANSWER_YET);
            myHomework.saveDraft(
                    ids[3], answerTo(ids[3], "Saturday walk by the river, phones at home"), MyHomework.NO_ANSWER_YET);
        });
        as.accept(
                "sam@dyad.demo",
                () -> myHomework.saveDraft(
                        ids[2], answerTo(ids[2], "Pottery class on Tuesdays"), MyHomework.NO_ANSWER_YET));
        as.accept(
                "robin@dyad.demo",
                () -> myHomework.submit(
                        ids[4], answerTo(ids[4], "Promised to call at lunch — kept it."), MyHomework.NO_ANSWER_YET));
        as.accept(
                "kai@dyad.demo",
                () -> myHomework.submit(
                        ids[4], answerTo(ids[4], "Said I'd be home by seven; I was late."), MyHomework.NO_ANSWER_YET));
        as.accept("jon@dyad.demo", () -> {
            homework.giveFeedback(
                    ids[4],
                    null,
                    "Lovely to see you both noticing the small things. Let's talk about the late evening.");
            homework.cancel(ids[5], 0);
        });
    }

    private long assign(long couple, String titleStart, Audience audience, Visibility visibility, LocalDate due) {
        ExerciseSummary exercise = library.find(new LibraryFilter(null, titleStart, null, null), PageRequest.of(0, 1))
                .getFirst();
        return homework.assign(
                        couple,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exercise.id(), audience, null, due, NewAssignment.Recurrence.ONCE, 1, null, visibility))
                .getFirst();
    }

    /** An answer to the first free-text prompt of the assignment's exercise, as the signed-in partner. */
    private Map<Long, String> answerTo(long assignmentId, String text) {
        long firstPrompt = myHomework.exercise(assignmentId).exercise().prompts().stream()
                .filter(p -> p.kind() == PromptKind.TEXT)
                .findFirst()
                .orElseThrow()
                .id();
        return Map.of(firstPrompt, text);
    }
}
