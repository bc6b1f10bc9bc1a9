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

    @Column(nullable = false, length = ExerciseDraft.TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = ExerciseDraft.PURPOSE_MAX_LENGTH)
    private String purpose = "";

    @Column(nullable = false, columnDefinition = "text")
    private String steps = "";

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ExerciseMode mode = ExerciseMode.EACH_SEPARATELY;

    @Column(nullable = false, length = ExerciseDraft.FREQUENCY_MAX_LENGTH)
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

    /**
     * A counselor's own exercise: a copy of another one (prompts included), or blank with one question. It names no
     * source article: its words are the counselor's now, and an article must not vouch for them.
     */
    static Exercise custom(Strategy strategy, long ownerId, @Nullable Exercise basis, Instant now) {
        Exercise exercise = new Exercise();
        exercise.strategy = strategy;
        exercise.origin = ExerciseOrigin.CUSTOM;
        exercise.ownerId = ownerId;
        exercise.createdAt = now;
        if (basis != null) {
            exercise.title = basis.title;
            exercise.purpose = basis.purpose;
            exercise.steps = basis.steps;
            exercise.minutes = basis.minutes;
            exercise.mode = basis.mode;
            exercise.frequency = basis.frequency;
            exercise.defaultVisibility = basis.defaultVisibility;
            exercise.basedOnId = basis.getId();
        } else {
            exercise.title = "";
            exercise.purpose = "";
            exercise.steps = "";
            exercise.minutes = 15;
            exercise.frequency = "Once";
        }
        return exercise;
    }

    boolean isEditableBy(long counselorId) {
        return origin == ExerciseOrigin.CUSTOM && ownerId != null && ownerId == counselorId && !archived;
    }

    List<ExercisePrompt> prompts() {
        return prompts;
    }

    void describe(
            Strategy strategy,
            String title,
            String purpose,
            List<String> steps,
            int minutes,
            ExerciseMode mode,
            String frequency,
            Visibility defaultVisibility,
            boolean sharedWithClinic) {
        this.strategy = strategy;
        this.title = title;
        this.purpose = purpose;
        StringBuilder numbered = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            numbered.append(i + 1).append(". ").append(steps.get(i).strip()).append('\n');
        }
        this.steps = numbered.toString().strip();
        this.minutes = minutes;
        this.mode = mode;
        this.frequency = frequency;
        this.defaultVisibility = defaultVisibility;
        this.sharedWithClinic = sharedWithClinic;
    }

    boolean isArchived() {
        return archived;
    }

    void archive() {
        this.archived = true;
    }

    ExerciseSummary summary() {
        Long id = getId();
        return new ExerciseSummary(
                id == null ? 0 : id, title, strategy.view().name(), purpose, minutes, mode, defaultVisibility, origin);
    }

    ExerciseDetails details() {
        List<String> stepLines = steps.lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.replaceFirst("^\\d+[.)]\\s*", ""))
                .toList();
        return new ExerciseDetails(
                summary(),
                strategy.view(),
                stepLines,
                frequency,
                // custom exercises saved before they stopped naming one may still hold an article: never show it
                origin == ExerciseOrigin.LIBRARY ? sourceArticle : "",
                prompts.stream().map(ExercisePrompt::view).toList(),
                getVersion(),
                ownerId,
                sharedWithClinic);
    }
}
