package app.dyad.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInAs;
import app.dyad.identity.TestAccounts;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@DyadSpringTest
class ExerciseLibraryTest {

    @Autowired
    ExerciseLibrary library;

    @Autowired
    TestAccounts accounts;

    private List<ExerciseSummary> all(LibraryFilter filter) {
        return library.find(filter, PageRequest.of(0, 200));
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void shipsTheNineStrategiesWithAtLeastTwoExercisesEach() {
        List<StrategyView> strategies = library.strategies();
        assertThat(strategies).hasSize(9).extracting(StrategyView::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        Map<String, Long> perStrategy = all(LibraryFilter.everything()).stream()
                .filter(e -> e.origin() == ExerciseOrigin.LIBRARY)
                .collect(Collectors.groupingBy(ExerciseSummary::strategyName, Collectors.counting()));
        assertThat(perStrategy)
                .hasSize(9)
                .allSatisfy((strategy, count) -> assertThat(count).isGreaterThanOrEqualTo(2));
        assertThat(perStrategy.values().stream().mapToLong(Long::longValue).sum())
                .isGreaterThanOrEqualTo(18);
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void everyExerciseHasStepsAndATypedFormAndTogetherTheyUseEveryKindOfPrompt() {
        Set<PromptKind> kinds = EnumSet.noneOf(PromptKind.class);
        for (ExerciseSummary summary : all(LibraryFilter.everything())) {
            ExerciseDetails details = library.get(summary.id()).orElseThrow();
            assertThat(details.steps())
                    .as(summary.title())
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(step -> assertThat(step).doesNotStartWith("1."));
            assertThat(details.prompts()).as(summary.title()).hasSizeGreaterThanOrEqualTo(2);
            details.prompts().forEach(prompt -> {
                kinds.add(prompt.kind());
                if (prompt.kind() == PromptKind.CHECKLIST) {
                    assertThat(prompt.options()).as(prompt.label()).hasSizeGreaterThanOrEqualTo(3);
                }
            });
        }
        assertThat(kinds).containsExactlyInAnyOrder(PromptKind.values());
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void filtersByStrategyTextModeAndMinutesAndCountsAlike() {
        StrategyView trust = library.strategies().stream()
                .filter(s -> s.code().equals("TRUST"))
                .findFirst()
                .orElseThrow();
        LibraryFilter byStrategy = new LibraryFilter(trust.id(), "", null, null);
        assertThat(all(byStrategy))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.strategyName()).isEqualTo(trust.name()));
        assertThat(library.count(byStrategy)).isEqualTo(all(byStrategy).size());

        LibraryFilter together = new LibraryFilter(null, "", ExerciseMode.TOGETHER, 20);
        assertThat(all(together)).allSatisfy(e -> {
            assertThat(e.mode()).isEqualTo(ExerciseMode.TOGETHER);
            assertThat(e.minutes()).isLessThanOrEqualTo(20);
        });

        assertThat(all(new LibraryFilter(null, "PROMISE", null, null)))
                .extracting(ExerciseSummary::title)
                .anyMatch(title -> title.toLowerCase().contains("promise"));
        assertThat(all(new LibraryFilter(null, "zzz-no-such-words", null, null)))
                .isEmpty();
    }

    @Test
    void clientsAndAdminsCannotBrowseTheLibrary() {
        accounts.signInAs("client@test.dyad", "Test client", Role.CLIENT);
        assertThatThrownBy(library::strategies).isInstanceOf(AccessDeniedException.class);
        accounts.signInAs("admin@test.dyad", "Test admin", Role.ADMIN);
        assertThatThrownBy(() -> library.find(LibraryFilter.everything(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
    }
}
