package app.dyad.exercises;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One question of an exercise's response form. */
@Entity
@Table(name = "exercise_prompt")
class ExercisePrompt extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_id", nullable = false)
    private Exercise exercise;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PromptKind kind = PromptKind.TEXT;

    @Column(nullable = false, length = ExerciseDraft.Prompt.LABEL_MAX_LENGTH)
    private String label = "";

    @Column(length = 2000)
    private @Nullable String options;

    protected ExercisePrompt() {
        this.exercise = new Exercise();
    }

    ExercisePrompt(Exercise exercise, int position, PromptKind kind, String label, @Nullable String options) {
        this.exercise = exercise;
        this.position = position;
        this.kind = kind;
        this.label = label;
        this.options = options;
    }

    long exerciseId() {
        Long id = exercise.getId();
        return id == null ? 0 : id;
    }

    PromptView view() {
        Long id = getId();
        List<String> items = options == null || options.isBlank()
                ? List.of()
                : Arrays.stream(options.split("\\|"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new PromptView(id == null ? 0 : id, position, kind, label, items);
    }
}
