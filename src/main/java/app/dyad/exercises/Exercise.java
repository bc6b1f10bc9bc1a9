package app.dyad.exercises;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An exercise: purpose, steps, who does it, and the response form's prompts. */
@Entity
@Table(name = "exercise")
class Exercise extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id", nullable = false)
    private Strategy strategy;

    @Column(nullable = false, length = 160)
    private String title = "";

    @Column(nullable = false, length = 1000)
    private String purpose = "";

    @Column(nullable = false, columnDefinition = "text")
    private String steps = "";

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ExerciseMode mode = ExerciseMode.EACH_SEPARATELY;

    @Column(nullable = false, length = 120)
    private String frequency = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "default_visibility", nullable = false, length = 24)
    private Visibility defaultVisibility = Visibility.COUNSELOR_ONLY;

    @Column(name = "source_article", nullable = false, length = 8)
    private String sourceArticle = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExerciseOrigin origin = ExerciseOrigin.LIBRARY;

    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    @Column(name = "shared_with_clinic", nullable = false)
    private boolean sharedWithClinic;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "based_on_id")
    private @Nullable Long basedOnId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @OneToMany(mappedBy = "exercise")
    @OrderBy("position")
    private List<ExercisePrompt> prompts = new ArrayList<>();

    protected Exercise() {
        this.strategy = new Strategy();
    }

    ExerciseSummary summary() {
        Long id = getId();
        return new ExerciseSummary(id == null ? 0 : id, title, strategy.view().name(), purpose, minutes, mode,
                defaultVisibility, origin);
    }

    ExerciseDetails details() {
        List<String> stepLines = steps.lines().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replaceFirst("^\\d+[.)]\\s*", "")).toList();
        return new ExerciseDetails(summary(), strategy.view(), stepLines, frequency, sourceArticle,
                prompts.stream().map(ExercisePrompt::view).toList());
    }
}
