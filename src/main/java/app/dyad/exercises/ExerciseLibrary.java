package app.dyad.exercises;

import app.dyad.base.CommandReceipts;
import app.dyad.base.CommandValidator;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.identity.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The counselors' library of strategies and exercises. */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class ExerciseLibrary {

    private static final Set<String> SORTS = Set.of("title", "minutes");

    private final StrategyRepository strategies;
    private final ExerciseRepository exercises;
    private final ExercisePromptRepository prompts;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;
    private final CommandValidator validator;
    private final CommandReceipts receipts;
    private final Clock clock;

    ExerciseLibrary(
            StrategyRepository strategies,
            ExerciseRepository exercises,
            ExercisePromptRepository prompts,
            AssignmentRepository assignments,
            CurrentUser currentUser,
            CommandValidator validator,
            CommandReceipts receipts,
            Clock clock) {
        this.strategies = strategies;
        this.exercises = exercises;
        this.prompts = prompts;
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.validator = validator;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** Copies any exercise the caller may use into their own collection, questions included; returns its id. */
    @Transactional
    public long duplicate(long exerciseId) {
        long me = currentUser.require().accountId();
        Exercise basis =
                exercises.findVisible(exerciseId, me).orElseThrow(() -> new AccessDeniedException("not visible"));
        Exercise copy = exercises.save(Exercise.custom(strategyOf(basis), me, basis, clock.instant()));
        int position = 1;
        for (ExercisePrompt prompt : basis.prompts()) {
            PromptView view = prompt.view();
            prompts.save(new ExercisePrompt(copy, position++, view.kind(), view.label(), options(view.options())));
        }
        return Objects.requireNonNull(copy.getId());
    }

    /**
     * What the editor starts a new exercise from: nothing is stored until {@link #create} (an editor opened and left
     * used to leave a blank exercise in the library). One free-text question to begin with.
     */
    @Transactional(readOnly = true)
    public ExerciseDetails blank(long strategyId) {
        Strategy strategy = strategies
                .findById(strategyId)
                .orElseGet(() -> strategies.findAllByOrderByPosition().getFirst());
        Exercise blank = Exercise.custom(strategy, currentUser.require().accountId(), null, clock.instant());
        blank.prompts().add(new ExercisePrompt(blank, 1, PromptKind.TEXT, "Your thoughts", null));
        return blank.details();
    }

    /**
     * Stores a new exercise of the caller's, written in the editor; returns its id. The editor's command id makes a
     * double-clicked Save create one exercise.
     */
    @Transactional
    public long create(UUID commandId, ExerciseDraft draft) {
        validator.validate(draft);
        long me = currentUser.require().accountId();
        Optional<String> done = receipts.claim(commandId, "EXERCISE_CREATED", me);
        if (done.isPresent()) {
            return Long.parseLong(done.get());
        }
        Exercise exercise = exercises.save(Exercise.custom(strategyOf(draft), me, null, clock.instant()));
        describe(exercise, draft, false);
        long id = Objects.requireNonNull(exercise.getId());
        receipts.done(commandId, String.valueOf(id));
        return id;
    }

    /** Saves the caller's own exercise; once it has been assigned its questions stay as they are. */
    @Transactional
    public void save(long exerciseId, ExerciseDraft draft) {
        Exercise exercise = own(exerciseId);
        validator.validate(draft);
        EditConflictException.check(draft.version(), exercise.getVersion(), "exercise " + exerciseId);
        describe(exercise, draft, assignments.existsByExercise(exercise));
    }

    private void describe(Exercise exercise, ExerciseDraft draft, boolean assigned) {
        for (int i = 0; i < draft.prompts().size(); i++) {
            ExerciseDraft.Prompt prompt = draft.prompts().get(i);
            if (prompt.kind() == PromptKind.CHECKLIST
                    && prompt.options().stream().filter(o -> !o.isBlank()).count() < 2) {
                throw InvalidInputException.of("prompts[" + i + "].options", "exercise.checklist-items");
            }
        }
        Strategy strategy = strategyOf(draft);
        if (assigned && !samePrompts(exercise, draft.prompts())) {
            throw InvalidInputException.of("prompts", "exercise.prompts-locked");
        }
        exercise.describe(
                strategy,
                draft.title().strip(),
                draft.purpose().strip(),
                draft.steps(),
                draft.minutes(),
                Objects.requireNonNull(draft.mode()),
                draft.frequency().strip(),
                Objects.requireNonNull(draft.defaultVisibility()),
                draft.sharedWithClinic());
        if (!assigned) {
            prompts.deleteByExercise(exercise);
            prompts.flush();
            int position = 1;
            for (ExerciseDraft.Prompt prompt : draft.prompts()) {
                prompts.save(new ExercisePrompt(
                        exercise,
                        position++,
                        Objects.requireNonNull(prompt.kind()),
                        prompt.label().strip(),
                        prompt.kind() == PromptKind.CHECKLIST || prompt.kind() == PromptKind.SCALE
                                ? options(prompt.options())
                                : null));
            }
        }
        exercises.flush();
    }

    private Strategy strategyOf(ExerciseDraft draft) {
        return strategies
                .findById(draft.strategyId())
                .orElseThrow(() -> InvalidInputException.of("strategyId", "validation.required"));
    }

    /** Deletes the caller's own exercise, or archives it when it has been assigned (its homework keeps it). */
    @Transactional
    public void delete(long exerciseId) {
        Exercise exercise = own(exerciseId);
        if (assignments.existsByExercise(exercise)) {
            exercise.archive();
        } else {
            prompts.deleteByExercise(exercise);
            exercises.delete(exercise);
        }
    }

    private Exercise own(long exerciseId) {
        long me = currentUser.require().accountId();
        return exercises
                .findById(exerciseId)
                .filter(e -> e.isEditableBy(me))
                .orElseThrow(() -> InvalidInputException.of("exercise", "exercise.not-yours"));
    }

    private Strategy strategyOf(Exercise exercise) {
        return strategies.findById(exercise.details().strategy().id()).orElseThrow();
    }

    private static boolean samePrompts(Exercise exercise, List<ExerciseDraft.Prompt> draft) {
        List<PromptView> current =
                exercise.prompts().stream().map(ExercisePrompt::view).toList();
        if (current.size() != draft.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).kind() != draft.get(i).kind()
                    || !current.get(i).label().equals(draft.get(i).label().strip())) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String options(List<String> options) {
        String joined =
                options.stream().map(String::strip).filter(o -> !o.isEmpty()).collect(Collectors.joining("|"));
        return joined.isEmpty() ? null : joined;
    }

    /** The nine strategies in the articles' order. */
    @Transactional(readOnly = true)
    public List<StrategyView> strategies() {
        return strategies.findAllByOrderByPosition().stream()
                .map(Strategy::view)
                .toList();
    }

    /** One page of the exercises the caller may use, filtered. */
    @Transactional(readOnly = true)
    public List<ExerciseSummary> find(LibraryFilter filter, Pageable pageable) {
        return exercises
                .browse(
                        currentUser.require().accountId(),
                        filter.strategyId(),
                        filter.mode(),
                        filter.maxMinutes(),
                        Paging.containsPattern(filter.search()),
                        Paging.clamp(pageable, SORTS, "title"))
                .stream()
                .map(Exercise::summary)
                .toList();
    }

    /** How many exercises match the filter. */
    @Transactional(readOnly = true)
    public long count(LibraryFilter filter) {
        return exercises.countBrowse(
                currentUser.require().accountId(),
                filter.strategyId(),
                filter.mode(),
                filter.maxMinutes(),
                Paging.containsPattern(filter.search()));
    }

    /** An exercise's full page, if the caller may use it. */
    @Transactional(readOnly = true)
    public Optional<ExerciseDetails> get(long exerciseId) {
        return exercises
                .findVisible(exerciseId, currentUser.require().accountId())
                .map(Exercise::details);
    }
}
