package app.dyad.records;

import app.dyad.exercises.FeedbackView;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkRecordPage;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.PromptView;
import app.dyad.exercises.ResponseView;
import app.dyad.records.spi.RecordScope;
import app.dyad.records.spi.RecordSection;
import app.dyad.records.spi.RecordWriter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Homework with the answers and feedback its reader may see: the exercises module's own rule decides
 * ({@code HomeworkService.homeworkForRecord}, {@code MyHomework.pageForRecord}); nothing is filtered here.
 */
@Component
class HomeworkSection implements RecordSection {

    static final int PAGE = 50;

    /** Whether an assignment still stands, as the record says it. */
    enum AssignmentStatus {
        ACTIVE,
        CANCELLED
    }

    private final MyHomework myHomework;
    private final HomeworkService homework;

    HomeworkSection(MyHomework myHomework, HomeworkService homework) {
        this.myHomework = myHomework;
        this.homework = homework;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String key() {
        return "homework";
    }

    @Override
    public String headingKey() {
        return "records.section.homework";
    }

    @Override
    public boolean includedIn(RecordScope scope) {
        return true;
    }

    @Override
    public void write(RecordScope scope, RecordWriter out) {
        for (int page = 0; ; page++) {
            PageRequest request = PageRequest.of(page, PAGE);
            HomeworkRecordPage items = scope.partnersOwn()
                    ? myHomework.pageForRecord(request)
                    : homework.homeworkForRecord(scope.coupleId(), scope.readerPartnerId(), request);
            items.items()
                    .forEach(
                            item -> item(item, items.prompts().getOrDefault(item.exerciseId(), List.of()), scope, out));
            if (items.items().size() < PAGE) {
                return;
            }
        }
    }

    private static void item(HomeworkItem item, List<PromptView> prompts, RecordScope scope, RecordWriter out) {
        out.beginEntry();
        out.number("assignmentId", "records.field.assignment-id", item.id());
        out.text("exercise", "records.field.exercise", item.exerciseTitle());
        out.choice("audience", "records.field.audience", item.audience(), "homework.audience.");
        out.text("for", "records.field.for", scope.nameOf(item.partnerId()));
        out.date("dueOn", "records.field.due-on", item.dueOn());
        out.choice("visibility", "records.field.visibility", item.visibility(), "records.visibility.");
        out.longText("note", "records.field.assignment-note", item.note());
        out.choice(
                "status",
                "records.field.status",
                item.cancelled() ? AssignmentStatus.CANCELLED : AssignmentStatus.ACTIVE,
                "records.assignment-status.");
        out.beginList("responses", "records.field.responses");
        for (ResponseView response : item.responses()) {
            out.beginEntry();
            out.number("responseId", "records.field.response-id", response.id());
            out.number("authorPartnerId", "records.field.partner-id", response.authorPartnerId());
            out.text(
                    "author",
                    "records.field.author",
                    response.authorPartnerId() == null
                            ? scope.partnerNames().values().stream()
                                    .sorted()
                                    .reduce((a, b) -> a + " & " + b)
                                    .orElse("")
                            : scope.nameOf(response.authorPartnerId()));
            out.choice("state", "records.field.state", response.state(), "records.response-state.");
            out.moment("submittedAt", "records.field.submitted-at", response.submittedAt());
            out.beginList("answers", "records.field.answers");
            answers(response.answers(), prompts, out);
            out.endList();
            out.endEntry();
        }
        out.endList();
        out.beginList("feedback", "records.field.feedback");
        for (FeedbackView feedback : item.feedback()) {
            out.beginEntry();
            out.text("to", "records.field.to", scope.nameOf(feedback.toPartnerId()));
            out.number("toPartnerId", "records.field.partner-id", feedback.toPartnerId());
            out.moment("createdAt", "records.field.written-at", feedback.createdAt());
            out.longText("text", "records.field.feedback-text", feedback.text());
            out.endEntry();
        }
        out.endList();
        out.endEntry();
    }

    /** Each answer under its question, in the exercise's order; an answer to a question no longer there comes last. */
    private static void answers(Map<Long, String> answers, List<PromptView> prompts, RecordWriter out) {
        for (PromptView prompt : prompts) {
            String answer = answers.get(prompt.id());
            if (answer != null) {
                answer(prompt.id(), prompt.label(), answer, out);
            }
        }
        answers.entrySet().stream()
                .filter(e -> prompts.stream().noneMatch(p -> p.id() == e.getKey()))
                .forEach(e -> answer(e.getKey(), null, e.getValue(), out));
    }

    private static void answer(long promptId, @Nullable String question, String text, RecordWriter out) {
        out.beginEntry();
        out.number("questionId", "records.field.question-id", promptId);
        out.text("question", "records.field.question", question);
        out.longText("answer", "records.field.answer", text);
        out.endEntry();
    }
}
