package app.dyad.exercises;

import app.dyad.identity.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
    private final CurrentUser currentUser;

    ExerciseLibrary(StrategyRepository strategies, ExerciseRepository exercises, CurrentUser currentUser) {
        this.strategies = strategies;
        this.exercises = exercises;
        this.currentUser = currentUser;
    }

    /** The nine strategies in the articles' order. */
    @Transactional(readOnly = true)
    public List<StrategyView> strategies() {
        return strategies.findAllByOrderByPosition().stream().map(Strategy::view).toList();
    }

    /** One page of the exercises the caller may use, filtered. */
    @Transactional(readOnly = true)
    public List<ExerciseSummary> find(LibraryFilter filter, Pageable pageable) {
        return exercises.browse(currentUser.require().accountId(), filter.strategyId(), filter.mode(),
                filter.maxMinutes(), pattern(filter.search()), page(pageable)).stream().map(Exercise::summary).toList();
    }

    /** How many exercises match the filter. */
    @Transactional(readOnly = true)
    public long count(LibraryFilter filter) {
        return exercises.countBrowse(currentUser.require().accountId(), filter.strategyId(), filter.mode(),
                filter.maxMinutes(), pattern(filter.search()));
    }

    /** An exercise's full page, if the caller may use it. */
    @Transactional(readOnly = true)
    public Optional<ExerciseDetails> get(long exerciseId) {
        return exercises.findVisible(exerciseId, currentUser.require().accountId()).map(Exercise::details);
    }

    private static String pattern(String search) {
        String term = search.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
        return term.isEmpty() ? "" : "%" + term + "%";
    }

    private static Pageable page(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTS.contains(o.getProperty())).toList());
        if (sort.isUnsorted()) {
            sort = Sort.by("title");
        }
        return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200), sort.and(Sort.by("id")));
    }
}
