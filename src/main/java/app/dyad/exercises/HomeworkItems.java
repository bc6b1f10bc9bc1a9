package app.dyad.exercises;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds homework as a requester may see it, for both audiences' services: every response and piece of feedback
 * passes {@link Disclosure}, in three queries whatever the number of assignments.
 */
@Component
class HomeworkItems {

    private static final TypeReference<Map<Long, String>> ANSWERS = new TypeReference<>() {};

    private final ResponseRepository responses;
    private final CounselorFeedbackRepository feedback;
    private final ExercisePromptRepository prompts;
    private final JsonMapper json;

    HomeworkItems(
            ResponseRepository responses,
            CounselorFeedbackRepository feedback,
            ExercisePromptRepository prompts,
            JsonMapper json) {
        this.responses = responses;
        this.feedback = feedback;
        this.prompts = prompts;
        this.json = json;
    }

    /** These assignments as the requester may see them, in their order. */
    List<HomeworkItem> of(List<Assignment> list, Requester requester) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(Assignment::id).toList();
        Map<Long, List<Response>> byAssignment = responses.findByAssignments(ids).stream()
                .collect(Collectors.groupingBy(r -> r.assignment().id()));
        Map<Long, List<CounselorFeedback>> feedbackBy = feedback.findByAssignments(ids).stream()
                .collect(Collectors.groupingBy(f -> f.assignment().id()));
        return list.stream()
                .map(a -> item(
                        a,
                        byAssignment.getOrDefault(a.id(), List.of()),
                        feedbackBy.getOrDefault(a.id(), List.of()),
                        requester))
                .toList();
    }

    /** These assignments as the requester may see them, with the questions of their exercises. */
    HomeworkRecordPage recordPage(List<Assignment> list, Requester requester) {
        List<HomeworkItem> visible = of(list, requester);
        Map<Long, List<PromptView>> questions = list.isEmpty()
                ? Map.of()
                : prompts
                        .findByExerciseIds(
                                list.stream().map(HomeworkItems::exerciseId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.groupingBy(
                                ExercisePrompt::exerciseId,
                                Collectors.mapping(ExercisePrompt::view, Collectors.toList())));
        return new HomeworkRecordPage(visible, questions);
    }

    /** One assignment as the requester may see it. */
    HomeworkItem of(Assignment assignment, Requester requester) {
        return of(List.of(assignment), requester).getFirst();
    }

    /** The answers as stored: a JSON object of prompt id to text. */
    String encode(Map<Long, String> answers) {
        return json.writeValueAsString(answers);
    }

    ResponseView view(Response r) {
        Long id = r.getId();
        return new ResponseView(
                id == null ? 0 : id,
                r.getVersion(),
                r.partnerId(),
                r.state(),
                json.readValue(r.answers(), ANSWERS),
                r.submittedAt(),
                r.returnedReason());
    }

    static long exerciseId(Assignment a) {
        Long id = a.exercise().getId();
        return id == null ? 0 : id;
    }

    private HomeworkItem item(
            Assignment a, List<Response> answers, List<CounselorFeedback> notes, Requester requester) {
        Collection<Disclosure.ResponseFacts> facts =
                answers.stream().map(Response::facts).toList();
        List<ResponseView> visible = answers.stream()
                .filter(r -> Disclosure.mayRead(requester, a.coupleId(), a.visibility(), r.facts(), facts))
                .map(this::view)
                .toList();
        List<FeedbackView> visibleFeedback = notes.stream()
                .filter(f -> Disclosure.mayReadFeedback(
                        requester, a.coupleId(), a.visibility(), a.audience(), f.toPartnerId(), facts))
                .map(CounselorFeedback::view)
                .toList();
        // the counselor sees everyone's progress; a partner only their own (or the joint one): not even
        // whether the other has started is theirs to know
        List<HomeworkItem.PartnerProgress> progress = answers.stream()
                .filter(r -> !(requester instanceof Requester.Partner p)
                        || r.partnerId() == null
                        || r.partnerId() == p.partnerId())
                .map(r -> new HomeworkItem.PartnerProgress(r.partnerId(), r.state()))
                .toList();
        return new HomeworkItem(
                a.id(),
                a.getVersion(),
                a.coupleId(),
                exerciseId(a),
                a.exercise().summary().title(),
                a.audience(),
                a.partnerId(),
                a.dueOn(),
                a.visibility(),
                a.note(),
                a.isCancelled(),
                requester instanceof Requester.Counselor ? a.reviewedOn() : null,
                progress,
                visible,
                visibleFeedback);
    }
}
